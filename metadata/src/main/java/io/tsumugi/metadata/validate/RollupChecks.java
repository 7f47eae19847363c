package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.RollupFunction;
import java.util.Optional;

/** Checks of rollup fields: the child entity, its lookup back here and the summarised field. */
final class RollupChecks {

  private RollupChecks() {}

  static void check(Context c, String path, EntityDef e, FieldDef f) {
    FieldOptions o = f.options();
    if (o.childEntity() == null) {
      return;
    }
    Optional<EntityDef> child = c.entity(o.childEntity());
    if (child.isEmpty()) {
      c.error(
          path + "/options/childEntity",
          "rollup.unknownChild",
          "集計元のエンティティ「" + o.childEntity() + "」が見つかりません。",
          "the child entity \"" + o.childEntity() + "\" does not exist.");
      return;
    }
    if (o.childField() != null) {
      Optional<FieldDef> link = child.get().field(o.childField());
      if (link.isEmpty()
          || link.get().type() != FieldType.LOOKUP
          || !String.valueOf(e.name()).equals(link.get().options().target())) {
        c.error(
            path + "/options/childField",
            "rollup.childFieldNotLookup",
            "「" + o.childEntity() + "." + o.childField() + "」は「" + e.name() + "」を参照する参照項目ではありません。",
            "\""
                + o.childEntity()
                + "."
                + o.childField()
                + "\" is not a lookup to \""
                + e.name()
                + "\".");
      }
    }
    if (o.function() == null || o.function() == RollupFunction.COUNT) {
      return;
    }
    if (o.summarizedField() == null) {
      c.error(
          path + "/options",
          "rollup.summarizedFieldMissing",
          o.function().jsonName() + " の集計には options.summarizedField（集計する項目）が必要です。",
          "a " + o.function().jsonName() + " rollup needs options.summarizedField.");
      return;
    }
    Optional<FieldDef> summarized = child.get().field(o.summarizedField());
    if (summarized.isEmpty()) {
      c.error(
          path + "/options/summarizedField",
          "rollup.unknownField",
          "「" + o.childEntity() + "」に項目「" + o.summarizedField() + "」がありません。",
          "\"" + o.childEntity() + "\" has no field \"" + o.summarizedField() + "\".");
      return;
    }
    FieldType st = summarized.get().type();
    if (st == FieldType.FORMULA) {
      st = summarized.get().options().resultType();
    }
    boolean numeric = st == FieldType.INTEGER || (st != null && st.isFixedPoint());
    boolean dated = st == FieldType.DATE || st == FieldType.DATETIME;
    if (!(numeric || (dated && o.function() != RollupFunction.SUM))) {
      c.error(
          path + "/options/summarizedField",
          "rollup.summarizedFieldType",
          o.function().jsonName()
              + " は「"
              + o.summarizedField()
              + "」（"
              + st
              + " 型）には使えません。数値"
              + (o.function() == RollupFunction.SUM ? "" : "か日付")
              + "の項目を選んでください。",
          o.function().jsonName()
              + " cannot summarise \""
              + o.summarizedField()
              + "\" of type "
              + st
              + "; choose a numeric"
              + (o.function() == RollupFunction.SUM ? "" : " or date")
              + " field.");
    }
  }
}
