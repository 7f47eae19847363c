package io.tsumugi.metadata.validate;

import com.google.re2j.PatternSyntaxException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.OnDelete;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the fields of one entity: unique names and ids, reserved names, option consistency,
 * regular expressions (compiled with RE2/J), defaults and lookup targets.
 */
final class FieldChecks {

  private static final Set<FieldType> NOT_UNIQUE =
      EnumSet.of(
          FieldType.LONGTEXT,
          FieldType.BOOLEAN,
          FieldType.MULTIPICKLIST,
          FieldType.FORMULA,
          FieldType.ROLLUP);

  private static final Set<FieldType> GENERATED =
      EnumSet.of(FieldType.AUTONUMBER, FieldType.FORMULA, FieldType.ROLLUP);

  private FieldChecks() {}

  static void check(Context c, int ei, EntityDef e) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int fi = 0; fi < e.fields().size(); fi++) {
      FieldDef f = e.fields().get(fi);
      String path = Context.fieldPath(ei, fi);
      if (f.name() != null) {
        NameChecks.reserved(c, path + "/name", f.name());
        Integer first = names.putIfAbsent(f.name(), fi);
        if (first != null) {
          c.error(
              path + "/name",
              "field.duplicateName",
              "項目名「" + f.name() + "」は " + (first + 1) + " 番目の項目と重複しています。",
              "the field name \"" + f.name() + "\" is already used by field #" + (first + 1) + ".");
        }
      }
      if (f.id() != null) {
        Integer first = ids.putIfAbsent(f.id(), fi);
        if (first != null) {
          c.error(
              path + "/id",
              "field.duplicateId",
              "ID「" + f.id() + "」は " + (first + 1) + " 番目の項目と重複しています。ID は一意にしてください。",
              "the id \""
                  + f.id()
                  + "\" is already used by field #"
                  + (first + 1)
                  + "; ids must be unique.");
        }
      }
      if (f.type() != null) {
        field(c, path, e, f);
      }
    }
  }

  private static void field(Context c, String path, EntityDef e, FieldDef f) {
    FieldOptions o = f.options();
    FieldType t = f.type();
    if (f.unique() && NOT_UNIQUE.contains(t)) {
      c.error(
          path + "/unique",
          "field.uniqueNotSupported",
          t.jsonName() + " 型の項目は一意（unique）にできません。",
          "a " + t.jsonName() + " field cannot be unique.");
    }
    if (GENERATED.contains(t) && f.required()) {
      c.error(
          path + "/required",
          "field.requiredNotSupported",
          t.jsonName() + " 型の項目は値が自動で決まるため、必須（required）にできません。",
          "a " + t.jsonName() + " field is computed and cannot be required.");
    }
    if ((GENERATED.contains(t) || t == FieldType.LOOKUP) && f.defaultValue() != null) {
      c.error(
          path + "/default",
          "default.notSupported",
          t.jsonName() + " 型の項目には既定値を設定できません。",
          "a " + t.jsonName() + " field cannot have a default value.");
    }
    if (t.isComputed() && (f.filterable() || f.sortable())) {
      c.error(
          path + (f.filterable() ? "/filterable" : "/sortable"),
          "field.computedNotIndexable",
          t.jsonName() + " 型の項目は列を持たないため、絞り込み・並べ替えの対象にできません。",
          "a " + t.jsonName() + " field has no column and cannot be filterable or sortable.");
    }
    if (f.searchable() && !t.isStringLike()) {
      c.error(
          path + "/searchable",
          "field.searchableType",
          t.jsonName() + " 型の項目は検索対象（searchable）にできません。文字列の項目だけが対象です。",
          "a " + t.jsonName() + " field cannot be searchable; only text-like fields can.");
    }
    if (o.min() != null && o.max() != null && o.min().compareTo(o.max()) > 0) {
      c.error(
          path + "/options/min",
          "field.minAboveMax",
          "最小値 " + o.min().toPlainString() + " が最大値 " + o.max().toPlainString() + " より大きくなっています。",
          "min "
              + o.min().toPlainString()
              + " is greater than max "
              + o.max().toPlainString()
              + ".");
    }
    Integer precision = o.effectivePrecision(t);
    Integer scale = o.effectiveScale(t);
    if (t.isFixedPoint() && precision != null && scale != null && scale > precision) {
      c.error(
          path + "/options/scale",
          "field.scaleAbovePrecision",
          "小数点以下の桁数（scale " + scale + "）が全体の桁数（precision " + precision + "）を超えています。",
          "scale " + scale + " is greater than precision " + precision + ".");
    }
    if (o.pattern() != null) {
      try {
        com.google.re2j.Pattern.compile(o.pattern());
      } catch (PatternSyntaxException ex) {
        c.error(
            path + "/options/pattern",
            "pattern.invalid",
            "正規表現「" + o.pattern() + "」を解釈できません（RE2 構文。後方参照・先読み・後読みは使えません）: " + ex.getDescription(),
            "the regular expression \""
                + o.pattern()
                + "\" is not valid RE2 syntax (no backreferences or lookaround): "
                + ex.getDescription()
                + ".");
      }
    }
    if (t.isPicklist()) {
      PicklistChecks.field(c, path, f);
    } else if (f.defaultValue() != null && !GENERATED.contains(t) && t != FieldType.LOOKUP) {
      defaultValue(c, path, f);
    }
    if (t == FieldType.LOOKUP && o.target() != null) {
      lookup(c, path, f);
    }
    if (t == FieldType.LOOKUP && o.relatedListColumns() != null) {
      for (int i = 0; i < o.relatedListColumns().size(); i++) {
        String col = o.relatedListColumns().get(i);
        if (col != null && e.field(col).isEmpty()) {
          EntityChecks.unknownField(
              c, path + "/options/relatedListColumns/" + i, "relatedList.unknownField", e, col);
        }
      }
    }
    if (t == FieldType.ROLLUP) {
      RollupChecks.check(c, path, e, f);
    }
  }

  private static void lookup(Context c, String path, FieldDef f) {
    FieldOptions o = f.options();
    if (c.entity(o.target()).isEmpty()) {
      c.error(
          path + "/options/target",
          "lookup.targetMissing",
          "参照先のエンティティ「" + o.target() + "」が見つかりません（このパッケージにも有効なパッケージにもありません）。",
          "the lookup target \""
              + o.target()
              + "\" does not exist in this package or in the active packages.");
    }
    if (o.effectiveOnDelete() == OnDelete.CASCADE && !f.required()) {
      c.error(
          path + "/options/onDelete",
          "lookup.cascadeRequiresRequired",
          "onDelete が cascade（主従関係）の参照項目は必須（required: true）にしてください。",
          "a lookup with onDelete cascade (master-detail) must be required.");
    }
    if (o.effectiveOnDelete() == OnDelete.SET_NULL && f.required()) {
      c.error(
          path + "/options/onDelete",
          "lookup.setNullOnRequired",
          "必須の参照項目に onDelete: set_null は使えません（空にできないため）。",
          "a required lookup cannot use onDelete set_null (it cannot be emptied).");
    }
  }

  private static void defaultValue(Context c, String path, FieldDef f) {
    Object d = f.defaultValue();
    boolean ok =
        switch (f.type()) {
          case INTEGER -> d instanceof BigDecimal b && isInteger(b);
          case DECIMAL, CURRENCY, PERCENT -> d instanceof BigDecimal;
          case BOOLEAN -> d instanceof Boolean;
          case DATE -> d instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}|today");
          case DATETIME -> d instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}T.+|now");
          default -> d instanceof String;
        };
    if (!ok) {
      c.error(
          path + "/default",
          "default.invalid",
          "既定値 " + show(d) + " は " + f.type().jsonName() + " 型の値ではありません。",
          "the default " + show(d) + " is not " + article(f.type().jsonName()) + " value.");
      return;
    }
    if (d instanceof BigDecimal b) {
      FieldOptions o = f.options();
      if ((o.min() != null && b.compareTo(o.min()) < 0)
          || (o.max() != null && b.compareTo(o.max()) > 0)) {
        c.error(
            path + "/default",
            "default.outOfRange",
            "既定値 " + b.toPlainString() + " が最小値・最大値の範囲外です。",
            "the default " + b.toPlainString() + " is outside min/max.");
      }
    }
    if (d instanceof String s && f.type() == FieldType.TEXT) {
      Integer max = f.options().effectiveMaxLength(FieldType.TEXT);
      if (s.codePointCount(0, s.length()) > max) {
        c.error(
            path + "/default",
            "default.tooLong",
            "既定値が最大長 " + max + " 文字を超えています。",
            "the default is longer than maxLength " + max + ".");
      }
    }
  }

  static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static boolean isInteger(BigDecimal b) {
    return b.signum() == 0 || b.scale() <= 0 || b.stripTrailingZeros().scale() <= 0;
  }

  private static String show(Object d) {
    return d instanceof String s
        ? "\"" + s + "\""
        : d instanceof List<?> l ? l.toString() : String.valueOf(d);
  }
}
