package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.OnDelete;
import io.tsumugi.metadata.plan.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL of field-level changes. Adding a column never rewrites a PostgreSQL table: columns are
 * nullable (required is enforced by the record service, so a field can become required without
 * touching old rows) and defaults are constants.
 */
final class FieldDdl {

  private final SqlDialect dialect;
  private final int versionNo;
  private final boolean forced;

  FieldDdl(SqlDialect dialect, int versionNo, boolean forced) {
    this.dialect = dialect;
    this.versionNo = versionNo;
    this.forced = forced;
  }

  static String columnDefinition(FieldDef f) {
    String def = SqlNames.column(f.name()) + " " + ColumnTypes.sqlType(f);
    String literal = ColumnTypes.defaultLiteral(f);
    return literal == null ? def : def + " DEFAULT " + literal;
  }

  List<DdlStep> steps(Change c) {
    EntityDef e = c.entityAfter() != null ? c.entityAfter() : c.entityBefore();
    String table = SqlNames.table(c.entity());
    FieldDef before = c.fieldBefore();
    FieldDef after = c.fieldAfter();
    return switch (c.kind()) {
      case ADD_FIELD -> addColumn(e, table, after);
      case DELETE_FIELD -> archiveColumn(e, table, before);
      case RENAME_FIELD -> renameColumn(table, c.detail(), after.name());
      case CHANGE_FIELD_TYPE ->
          new TypeChangeSql(dialect, versionNo, forced).steps(e, before, after);
      case CHANGE_FIELD_LENGTH -> changeLength(table, before, after);
      case CHANGE_FIELD_PRECISION -> changePrecision(table, before, after);
      case CHANGE_FIELD_REQUIRED -> List.of(); // enforced by the record service
      case CHANGE_FIELD_UNIQUE ->
          after.unique()
              ? List.of(addUnique(e, table, after))
              : List.of(dropUnique(e, table, after));
      case CHANGE_FIELD_DEFAULT -> changeDefault(table, before, after);
      case CHANGE_FIELD_ON_DELETE -> changeOnDelete(e, table, before, after);
      case ADD_INDEX -> createIndexes(e, table, after);
      case DROP_INDEX -> dropIndexes(c.entityBefore(), table, before);
      default -> List.of();
    };
  }

  /** Unique constraint, autonumber sequence: what a new column needs besides itself. */
  List<DdlStep> extras(EntityDef e, FieldDef f) {
    List<DdlStep> out = new ArrayList<>();
    String table = SqlNames.table(e.name());
    if (f.unique()) {
      out.add(addUnique(e, table, f));
    }
    if (f.type() == FieldType.AUTONUMBER) {
      String seq = SqlNames.autonumberSequence(e.id(), f.id());
      out.add(
          new DdlStep(
              // An archived field or entity keeps its sequence: coming back, it counts on.
              "CREATE SEQUENCE IF NOT EXISTS " + seq + " START WITH 1 INCREMENT BY 1",
              "DROP SEQUENCE IF EXISTS " + seq));
    }
    return out;
  }

  private List<DdlStep> addColumn(EntityDef e, String table, FieldDef f) {
    if (!f.isStored()) {
      return List.of();
    }
    List<DdlStep> out = new ArrayList<>();
    String column = SqlNames.column(f.name());
    out.add(
        new DdlStep(
            "ALTER TABLE " + table + " ADD COLUMN " + columnDefinition(f),
            "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + column));
    if (f.isLookup()) {
      out.add(addForeignKey(e, table, f, f.options().effectiveOnDelete()));
    }
    out.addAll(extras(e, f));
    return out;
  }

  private DdlStep addForeignKey(EntityDef e, String table, FieldDef f, OnDelete onDelete) {
    String fk = SqlNames.foreignKey(e.id(), f.id());
    String action =
        switch (onDelete) {
          case CASCADE -> "CASCADE";
          case SET_NULL -> "SET NULL";
          default -> "RESTRICT";
        };
    return new DdlStep(
        "ALTER TABLE "
            + table
            + " ADD CONSTRAINT "
            + fk
            + " FOREIGN KEY ("
            + SqlNames.column(f.name())
            + ") REFERENCES "
            + SqlNames.table(f.options().target())
            + " (id) ON DELETE "
            + action,
        "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + fk);
  }

  private List<DdlStep> archiveColumn(EntityDef e, String table, FieldDef f) {
    if (!f.isStored()) {
      return List.of();
    }
    List<DdlStep> out = new ArrayList<>();
    if (f.isLookup()) {
      out.add(dropForeignKey(e, table, f));
    }
    out.addAll(dropKeys(e, table, f));
    String column = SqlNames.column(f.name());
    String archived = SqlNames.archivedColumn(f.name(), versionNo);
    out.add(
        new DdlStep(
            dialect.renameColumn(table, column, archived),
            dialect.renameColumn(table, archived, column)));
    return out;
  }

  /**
   * Drops a field's unique constraint and indexes (undo: creates them again). An archived column is
   * never searched, and its names (hashes of the stable ids) must be free for the field to come
   * back with the same id, e.g. when an older version is applied again.
   */
  List<DdlStep> dropKeys(EntityDef e, String table, FieldDef f) {
    List<DdlStep> out = new ArrayList<>();
    if (f.isStored() && f.unique()) {
      DdlStep uq = addUnique(e, table, f);
      out.add(new DdlStep(uq.undo(), uq.sql()));
    }
    if (f.isIndexed() && !f.unique()) {
      for (DdlStep ix : createIndexes(e, table, f)) {
        out.add(new DdlStep(ix.undo(), ix.sql()));
      }
    }
    return out;
  }

  /**
   * Drops a lookup's foreign key (undo: adds it back). An archived value must not keep its target
   * from being deleted, nor an archived table the records it pointed at.
   */
  DdlStep dropForeignKey(EntityDef e, String table, FieldDef f) {
    DdlStep add = addForeignKey(e, table, f, f.options().effectiveOnDelete());
    return new DdlStep(add.undo(), add.sql());
  }

  private List<DdlStep> renameColumn(String table, String from, String to) {
    String a = SqlNames.column(from);
    String b = SqlNames.column(to);
    return List.of(
        new DdlStep(dialect.renameColumn(table, a, b), dialect.renameColumn(table, b, a)));
  }

  private List<DdlStep> changeLength(String table, FieldDef before, FieldDef after) {
    String column = SqlNames.column(after.name());
    List<DdlStep> out = new ArrayList<>();
    int max = after.options().effectiveMaxLength(after.type());
    if (forced && max < before.options().effectiveMaxLength(before.type())) {
      // Forced: values that no longer fit are cut; the undo cannot bring the cut part back.
      out.add(
          new DdlStep(
              "UPDATE "
                  + table
                  + " SET "
                  + column
                  + " = SUBSTRING("
                  + column
                  + " FROM 1 FOR "
                  + max
                  + ") WHERE CHAR_LENGTH("
                  + column
                  + ") > "
                  + max,
              null));
    }
    out.add(
        new DdlStep(
            dialect.alterColumnType(table, column, ColumnTypes.sqlType(after)),
            dialect.alterColumnType(table, column, ColumnTypes.sqlType(before))));
    return out;
  }

  private List<DdlStep> changePrecision(String table, FieldDef before, FieldDef after) {
    String column = SqlNames.column(after.name());
    List<DdlStep> out = new ArrayList<>();
    if (forced) {
      int p = after.options().effectivePrecision(after.type());
      int s = after.options().effectiveScale(after.type());
      out.add(
          new DdlStep(
              "UPDATE "
                  + table
                  + " SET "
                  + column
                  + " = NULL WHERE ABS("
                  + column
                  + ") >= 1E"
                  + (p - s),
              null));
    }
    out.add(
        new DdlStep(
            dialect.alterColumnType(table, column, ColumnTypes.sqlType(after)),
            dialect.alterColumnType(table, column, ColumnTypes.sqlType(before))));
    return out;
  }

  DdlStep addUnique(EntityDef e, String table, FieldDef f) {
    String uq = SqlNames.uniqueConstraint(e.id(), f.id());
    return new DdlStep(
        "ALTER TABLE "
            + table
            + " ADD CONSTRAINT "
            + uq
            + " UNIQUE ("
            + SqlNames.column(f.name())
            + ")",
        "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + uq);
  }

  private DdlStep dropUnique(EntityDef e, String table, FieldDef f) {
    String uq = SqlNames.uniqueConstraint(e.id(), f.id());
    return new DdlStep(
        "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + uq,
        "ALTER TABLE "
            + table
            + " ADD CONSTRAINT "
            + uq
            + " UNIQUE ("
            + SqlNames.column(f.name())
            + ")");
  }

  private List<DdlStep> changeDefault(String table, FieldDef before, FieldDef after) {
    String column = SqlNames.column(after.name());
    return List.of(
        new DdlStep(setDefault(table, column, after), setDefault(table, column, before)));
  }

  private static String setDefault(String table, String column, FieldDef f) {
    String literal = ColumnTypes.defaultLiteral(f);
    return "ALTER TABLE "
        + table
        + " ALTER COLUMN "
        + column
        + (literal == null ? " DROP DEFAULT" : " SET DEFAULT " + literal);
  }

  private List<DdlStep> changeOnDelete(EntityDef e, String table, FieldDef before, FieldDef after) {
    String fk = SqlNames.foreignKey(e.id(), after.id());
    DdlStep add = addForeignKey(e, table, after, after.options().effectiveOnDelete());
    DdlStep old = addForeignKey(e, table, before, before.options().effectiveOnDelete());
    String drop = "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + fk;
    return List.of(new DdlStep(drop, old.sql()), new DdlStep(add.sql(), drop));
  }

  List<DdlStep> createIndexes(EntityDef e, String table, FieldDef f) {
    if (!f.isStored()) {
      return List.of();
    }
    List<DdlStep> out = new ArrayList<>();
    String column = SqlNames.column(f.name());
    String ix = SqlNames.index(e.id(), f.id());
    // Sort index ends with id: the list order (field, id) and keyset pages read it directly.
    out.add(
        new DdlStep(
            "CREATE INDEX " + ix + " ON " + table + " (" + column + ", id)",
            "DROP INDEX IF EXISTS " + ix));
    if (f.type().isStringLike() && dialect.separatePrefixIndex()) {
      String ip = SqlNames.prefixIndex(e.id(), f.id());
      out.add(
          new DdlStep(dialect.createPrefixIndex(ip, table, column), "DROP INDEX IF EXISTS " + ip));
    }
    return out;
  }

  private List<DdlStep> dropIndexes(EntityDef e, String table, FieldDef f) {
    List<DdlStep> out = new ArrayList<>();
    for (DdlStep create : createIndexes(e, table, f)) {
      out.add(new DdlStep(create.undo(), create.sql()));
    }
    return out;
  }
}
