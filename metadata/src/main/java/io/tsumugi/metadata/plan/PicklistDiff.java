package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.PicklistValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the values of a picklist field (inline or through a global set), matched by stored
 * value: added, removed (needs a check of the rows using it), deactivated, relabelled.
 */
final class PicklistDiff {

  private PicklistDiff() {}

  static void diff(
      PlanBuilder out,
      EntityDef eb,
      EntityDef ea,
      FieldDef b,
      FieldDef a,
      List<PicklistValue> before,
      List<PicklistValue> after) {
    String en = ea.name();
    String fn = a.name();
    Map<String, PicklistValue> old = byValue(before);
    Map<String, PicklistValue> now = byValue(after);
    for (PicklistValue v : after) {
      PicklistValue o = old.get(v.value());
      if (o == null) {
        out.add(
            ChangeKind.PICKLIST_VALUE_ADDED,
            Safety.SAFE,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            v.value(),
            List.of(),
            en + "." + fn + " に選択肢「" + v.value() + "」を追加",
            "add value \"" + v.value() + "\" to " + en + "." + fn);
        continue;
      }
      if (o.active() && !v.active()) {
        out.add(
            ChangeKind.PICKLIST_VALUE_DEACTIVATED,
            Safety.SAFE,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            v.value(),
            List.of(),
            en + "." + fn + " の選択肢「" + v.value() + "」を無効化",
            "deactivate value \"" + v.value() + "\" of " + en + "." + fn);
      }
      if (!Objects.equals(o.label(), v.label())) {
        out.add(
            ChangeKind.PICKLIST_VALUE_RELABELLED,
            Safety.SAFE,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            v.value(),
            List.of(),
            en + "." + fn + " の選択肢「" + v.value() + "」の表示名を変更",
            "relabel value \"" + v.value() + "\" of " + en + "." + fn);
      }
    }
    for (PicklistValue o : before) {
      if (!now.containsKey(o.value())) {
        out.add(
            ChangeKind.PICKLIST_VALUE_REMOVED,
            Safety.NEEDS_DATA_CHECK,
            en,
            fn,
            eb,
            ea,
            b,
            a,
            o.value(),
            List.of(new DataCheck.RowsUsingPicklistValue(en, fn, o.value())),
            en + "." + fn + " から選択肢「" + o.value() + "」を削除",
            "remove value \"" + o.value() + "\" from " + en + "." + fn);
      }
    }
  }

  private static Map<String, PicklistValue> byValue(List<PicklistValue> values) {
    Map<String, PicklistValue> m = new LinkedHashMap<>();
    values.forEach(v -> m.putIfAbsent(v.value(), v));
    return m;
  }
}
