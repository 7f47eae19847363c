package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.plan.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of one plan change, with its undo. Entity-level kinds are here; field-level ones in
 * {@link FieldDdl}. Names come from {@link SqlNames} only.
 */
final class ChangeDdl {

  private final SqlDialect dialect;
  private final int versionNo;
  private final FieldDdl fields;

  ChangeDdl(SqlDialect dialect, int versionNo, boolean forced) {
    this.dialect = dialect;
    this.versionNo = versionNo;
    this.fields = new FieldDdl(dialect, versionNo, forced);
  }

  /** The statements of a change; empty for changes that touch metadata only. */
  List<DdlStep> steps(Change c) {
    if (!c.isDdl()) {
      return List.of();
    }
    return switch (c.kind()) {
      case ADD_ENTITY -> createTable(c.entityAfter());
      case DELETE_ENTITY -> archiveTable(c.entityBefore());
      case RENAME_ENTITY -> renameTable(c.detail(), c.entity());
      default -> fields.steps(c);
    };
  }

  private List<DdlStep> createTable(EntityDef e) {
    String table = SqlNames.table(e.name());
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (");
    sql.append("id BIGINT NOT NULL, owner_id BIGINT, ");
    sql.append("created_at TIMESTAMP WITH TIME ZONE NOT NULL, created_by BIGINT, ");
    sql.append("updated_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_by BIGINT, ");
    sql.append("version BIGINT NOT NULL");
    for (FieldDef f : e.fields()) {
      if (f.isStored() && !f.isLookup()) {
        sql.append(", ").append(FieldDdl.columnDefinition(f));
      }
    }
    sql.append(", CONSTRAINT ").append(SqlNames.primaryKey(e.id())).append(" PRIMARY KEY (id))");
    List<DdlStep> out = new ArrayList<>();
    out.add(new DdlStep(sql.toString(), "DROP TABLE IF EXISTS " + table + " CASCADE"));
    String ownerIndex = SqlNames.ownerIndex(e.id());
    out.add(
        new DdlStep(
            "CREATE INDEX " + ownerIndex + " ON " + table + " (owner_id)",
            "DROP INDEX IF EXISTS " + ownerIndex));
    for (FieldDef f : e.fields()) {
      if (f.isStored() && !f.isLookup()) {
        out.addAll(fields.extras(e, f));
      }
    }
    return out;
  }

  private List<DdlStep> archiveTable(EntityDef e) {
    String table = SqlNames.table(e.name());
    String archived = SqlNames.archivedTable(e.name(), versionNo);
    List<DdlStep> out = new ArrayList<>();
    for (FieldDef f : e.fields()) {
      if (f.isLookup()) {
        out.add(fields.dropForeignKey(e, table, f));
      }
      out.addAll(fields.dropKeys(e, table, f));
    }
    // The key and owner index are named after the entity's stable id: free them for its return.
    String ownerIndex = SqlNames.ownerIndex(e.id());
    out.add(
        new DdlStep(
            "DROP INDEX IF EXISTS " + ownerIndex,
            "CREATE INDEX " + ownerIndex + " ON " + table + " (owner_id)"));
    String pk = SqlNames.primaryKey(e.id());
    out.add(
        new DdlStep(
            "ALTER TABLE " + table + " DROP CONSTRAINT " + pk,
            "ALTER TABLE " + table + " ADD CONSTRAINT " + pk + " PRIMARY KEY (id)"));
    out.add(
        new DdlStep(
            "ALTER TABLE " + table + " RENAME TO " + archived,
            "ALTER TABLE " + archived + " RENAME TO " + table));
    return out;
  }

  private List<DdlStep> renameTable(String from, String to) {
    String a = SqlNames.table(from);
    String b = SqlNames.table(to);
    return List.of(
        new DdlStep(
            "ALTER TABLE " + a + " RENAME TO " + b, "ALTER TABLE " + b + " RENAME TO " + a));
  }

  SqlDialect dialect() {
    return dialect;
  }
}
