package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.PicklistValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of picklist values and picklist fields: unique values, sources, defaults. */
final class PicklistChecks {

  private PicklistChecks() {}

  static void values(Context c, String path, List<PicklistValue> values) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i).value();
      if (v != null && !seen.add(v)) {
        c.error(
            path + "/" + i + "/value",
            "picklist.duplicateValue",
            "選択肢の値「" + v + "」が重複しています。",
            "the value \"" + v + "\" appears more than once.");
      }
    }
  }

  static void field(Context c, String path, FieldDef f) {
    var o = f.options();
    if (o.values() == null && o.valueSet() == null) {
      c.error(
          path + "/options",
          "picklist.noValues",
          "選択リスト項目には options.values（選択肢）か options.valueSet（共通選択リスト名）のどちらかが必要です。",
          "a picklist field needs options.values or options.valueSet.");
      return;
    }
    if (o.values() != null && o.valueSet() != null) {
      c.error(
          path + "/options/valueSet",
          "picklist.valuesAndSet",
          "options.values と options.valueSet は同時に指定できません。どちらか一方にしてください。",
          "options.values and options.valueSet cannot both be given; keep one.");
      return;
    }
    if (o.values() != null) {
      values(c, path + "/options/values", o.values());
    } else if (c.pkg.picklist(o.valueSet()).isEmpty()
        && !c.activePicklists.contains(o.valueSet())) {
      c.error(
          path + "/options/valueSet",
          "picklist.unknownSet",
          "共通選択リスト「" + o.valueSet() + "」が見つかりません。",
          "there is no picklist set named \"" + o.valueSet() + "\".");
      return;
    }
    Object def = f.defaultValue();
    if (def == null) {
      return;
    }
    List<PicklistValue> values = c.picklistValues(f);
    if (values == null) {
      return;
    }
    Set<String> allowed = new HashSet<>();
    values.stream().filter(PicklistValue::active).forEach(v -> allowed.add(v.value()));
    List<?> defaults =
        f.type() == FieldType.MULTIPICKLIST && def instanceof List<?> l ? l : List.of(def);
    for (Object d : defaults) {
      if (!allowed.contains(String.valueOf(d))) {
        c.error(
            path + "/default",
            "picklist.defaultNotAValue",
            "既定値「" + d + "」は有効な選択肢にありません。選択肢: " + String.join(", ", allowed),
            "the default \""
                + d
                + "\" is not one of the active values: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }
}
