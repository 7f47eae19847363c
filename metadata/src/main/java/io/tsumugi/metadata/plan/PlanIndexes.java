package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.List;

/**
 * Index changes. A stored field gets a plain index when it is filterable, sortable, a lookup or a
 * phone field, unless it is unique (the unique constraint, created with the column or by
 * CHANGE_FIELD_UNIQUE, already indexes it). The {@code detail} of an index change is the suggested
 * index name.
 */
final class PlanIndexes {

  private PlanIndexes() {}

  static boolean needsIndex(FieldDef f) {
    return f.isIndexed() && !f.unique();
  }

  static String indexName(EntityDef e, FieldDef f) {
    return "ix_" + e.name() + "_" + f.name();
  }

  static void add(PlanBuilder out, EntityDef before, EntityDef e, FieldDef f) {
    out.add(
        ChangeKind.ADD_INDEX,
        Safety.SAFE,
        e.name(),
        f.name(),
        before,
        e,
        null,
        f,
        indexName(e, f),
        List.of(),
        e.name() + "." + f.name() + " にインデックスを作成",
        "create an index on " + e.name() + "." + f.name());
  }

  static void drop(PlanBuilder out, EntityDef e, EntityDef after, FieldDef f) {
    out.add(
        ChangeKind.DROP_INDEX,
        Safety.SAFE,
        e.name(),
        f.name(),
        e,
        after,
        f,
        null,
        indexName(e, f),
        List.of(),
        e.name() + "." + f.name() + " のインデックスを削除",
        "drop the index on " + e.name() + "." + f.name());
  }
}
