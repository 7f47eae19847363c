package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares one entity present in both packages (matched by stable id). */
final class EntityDiff {

  private EntityDiff() {}

  static void diff(
      PlanBuilder out,
      MetadataPackage active,
      MetadataPackage proposed,
      EntityDef b,
      EntityDef a,
      String path) {
    if (!Objects.equals(b.name(), a.name())) {
      out.add(
          ChangeKind.RENAME_ENTITY,
          Safety.SAFE,
          a.name(),
          null,
          b,
          a,
          null,
          null,
          b.name(),
          List.of(),
          "エンティティ名を " + b.name() + " から " + a.name() + " に変更",
          "rename entity " + b.name() + " to " + a.name());
    }
    Map<String, FieldDef> fb = byId(b.fields());
    Map<String, FieldDef> fa = byId(a.fields());
    for (FieldDef f : b.fields()) {
      FieldDef now = fa.get(f.id());
      if (now == null) {
        out.add(
            ChangeKind.DELETE_FIELD,
            f.isStored() ? Safety.DESTRUCTIVE : Safety.SAFE,
            b.name(),
            f.name(),
            b,
            a,
            f,
            null,
            null,
            f.isStored() ? List.of(new DataCheck.NonNullValues(b.name(), f.name())) : List.of(),
            b.name() + "." + f.name() + " を削除" + (f.isStored() ? "（データはアーカイブ）" : ""),
            "delete field " + b.name() + "." + f.name() + (f.isStored() ? " (data archived)" : ""));
      } else if (PlanIndexes.needsIndex(f) && !PlanIndexes.needsIndex(now)) {
        PlanIndexes.drop(out, b, a, f);
      }
    }
    for (int i = 0; i < a.fields().size(); i++) {
      FieldDef f = a.fields().get(i);
      FieldDef old = fb.get(f.id());
      if (old == null) {
        out.add(
            ChangeKind.ADD_FIELD,
            f.required() ? Safety.NEEDS_DATA_CHECK : Safety.SAFE,
            a.name(),
            f.name(),
            b,
            a,
            null,
            f,
            null,
            f.required() && f.defaultValue() == null && f.isStored()
                ? List.of(new DataCheck.RowCount(a.name()))
                : List.of(),
            a.name() + " に項目 " + f.name() + "（" + f.type() + "）を追加",
            "add field " + a.name() + "." + f.name() + " (" + f.type() + ")");
        if (PlanIndexes.needsIndex(f)) {
          PlanIndexes.add(out, b, a, f);
        }
      } else {
        FieldDiff.diff(out, active, proposed, b, a, old, f, path + "/fields/" + i);
        if (!PlanIndexes.needsIndex(old) && PlanIndexes.needsIndex(f)) {
          PlanIndexes.add(out, b, a, f);
        }
      }
    }
    if (!Objects.equals(b.label(), a.label())
        || !Objects.equals(b.pluralLabel(), a.pluralLabel())
        || !Objects.equals(b.description(), a.description())
        || !Objects.equals(b.icon(), a.icon())
        || !Objects.equals(b.nameField(), a.nameField())
        || !Objects.equals(b.pipelineField(), a.pipelineField())
        || b.owned() != a.owned()) {
      metadataOnly(
          out,
          ChangeKind.CHANGE_ENTITY_METADATA,
          b,
          a,
          " の表示・設定を変更",
          "change labels or settings of ");
    }
    if (!b.layouts().equals(a.layouts())) {
      metadataOnly(out, ChangeKind.CHANGE_LAYOUT, b, a, " のレイアウトを変更", "change the layouts of ");
    }
    if (!b.listViews().equals(a.listViews())) {
      metadataOnly(
          out, ChangeKind.CHANGE_LIST_VIEWS, b, a, " のリストビューを変更", "change the list views of ");
    }
    if (!b.rules().equals(a.rules())) {
      metadataOnly(
          out, ChangeKind.CHANGE_RULES, b, a, " の入力規則を変更", "change the validation rules of ");
    }
  }

  private static Map<String, FieldDef> byId(List<FieldDef> fields) {
    Map<String, FieldDef> m = new java.util.LinkedHashMap<>();
    fields.forEach(f -> m.putIfAbsent(f.id(), f));
    return m;
  }

  /** A change that touches only metadata (no DDL): safe, no data check. */
  private static void metadataOnly(
      PlanBuilder out, ChangeKind kind, EntityDef before, EntityDef after, String ja, String en) {
    out.add(
        kind,
        Safety.SAFE,
        after.name(),
        null,
        before,
        after,
        null,
        null,
        null,
        List.of(),
        after.name() + ja,
        en + after.name());
  }
}
