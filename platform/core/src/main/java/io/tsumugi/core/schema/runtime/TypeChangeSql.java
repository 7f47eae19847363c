package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A field type change. The old column is never altered in place: a new column is filled with the
 * converted values, the old one is archived under {@link SqlNames#archivedColumn} and the new one
 * takes the field's name. So the old values survive (until a purge), the change is undone by
 * renames on H2, and values that do not convert become empty only when the change is forced (the
 * applier refuses otherwise, after counting them with {@link #nonConvertible}).
 */
final class TypeChangeSql {

  private static final String INTEGER = "^[-+]?[0-9]{1,18}$";
  private static final String NUMBER = "^[-+]?[0-9]{1,30}([.][0-9]+)?$";
  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String DATETIME =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$";
  private static final String EMAIL = "^[^@ ]+@[^@ ]+[.][^@ ]+$";
  private static final String PHONE = "^[+]?[0-9() -]{6,20}$";
  private static final String POSTAL = "^[0-9]{3}-?[0-9]{4}$";
  private static final String URL = "^https?://.+$";

  private final SqlDialect dialect;
  private final int versionNo;

  TypeChangeSql(SqlDialect dialect, int versionNo, boolean forced) {
    this.dialect = dialect;
    this.versionNo = versionNo;
  }

  List<DdlStep> steps(EntityDef e, FieldDef before, FieldDef after) {
    String table = SqlNames.table(e.name());
    String column = SqlNames.column(after.name());
    String archived = SqlNames.archivedColumn(after.name(), versionNo);
    FieldDdl fields = new FieldDdl(dialect, versionNo, true);
    List<DdlStep> out = new ArrayList<>();
    if (!before.isStored() && after.isStored()) {
      out.add(
          new DdlStep(
              "ALTER TABLE " + table + " ADD COLUMN " + FieldDdl.columnDefinition(after),
              "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + column));
      out.addAll(fields.extras(e, after));
      return out;
    }
    // The old column's constraint and indexes go first (the undo puts them back last).
    if (before.unique()) {
      DdlStep uq = fields.addUnique(e, table, before);
      out.add(new DdlStep(uq.undo(), uq.sql()));
    }
    if (before.isIndexed() && !before.unique() && !before.isLookup()) {
      for (DdlStep ix : fields.createIndexes(e, table, before)) {
        out.add(new DdlStep(ix.undo(), ix.sql()));
      }
    }
    if (!after.isStored()) {
      out.add(
          new DdlStep(
              dialect.renameColumn(table, column, archived),
              dialect.renameColumn(table, archived, column)));
      return out;
    }
    String converting = SqlNames.convertingColumn(after.name());
    out.add(
        new DdlStep(
            "ALTER TABLE " + table + " ADD COLUMN " + converting + " " + ColumnTypes.sqlType(after),
            "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + converting));
    out.add(
        new DdlStep(
            "UPDATE " + table + " SET " + converting + " = " + convert(before, after, column),
            null));
    out.add(
        new DdlStep(
            dialect.renameColumn(table, column, archived),
            dialect.renameColumn(table, archived, column)));
    out.add(
        new DdlStep(
            dialect.renameColumn(table, converting, column),
            dialect.renameColumn(table, column, converting)));
    String literal = ColumnTypes.defaultLiteral(after);
    if (literal != null) {
      out.add(
          new DdlStep(
              "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + literal,
              null));
    }
    if (after.unique()) {
      out.add(fields.addUnique(e, table, after));
    }
    if (after.isIndexed() && !after.unique()) {
      out.addAll(fields.createIndexes(e, table, after));
    }
    return out;
  }

  /** A predicate true for rows whose value does not convert. */
  String nonConvertible(FieldDef before, FieldDef after, String column) {
    if (!after.isStored()) {
      return "1 = 0";
    }
    return column + " IS NOT NULL AND (" + convert(before, after, column) + ") IS NULL";
  }

  /** The converted value of {@code c}, or NULL where it does not convert. */
  String convert(FieldDef before, FieldDef after, String c) {
    FieldType from = before.type();
    FieldType to = after.type();
    String target = ColumnTypes.sqlType(after);
    String trimmed = "TRIM(" + c + ")";
    if (to.isStringLike() || to == FieldType.MULTIPICKLIST) {
      Integer max = after.options().effectiveMaxLength(to);
      int length = max == null ? (to == FieldType.MULTIPICKLIST ? 4000 : 80) : max;
      String text =
          switch (from) {
            case BOOLEAN -> "CASE WHEN " + c + " THEN 'true' WHEN NOT " + c + " THEN 'false' END";
            case INTEGER, DECIMAL, CURRENCY, PERCENT, DATE, DATETIME ->
                "CAST(" + c + " AS VARCHAR(" + length + "))";
            default -> c;
          };
      String cut = "SUBSTRING(" + text + " FROM 1 FOR " + length + ")";
      String format =
          switch (to) {
            case EMAIL -> EMAIL;
            case PHONE -> PHONE;
            case POSTAL_CODE -> POSTAL;
            case URL -> URL;
            default -> null;
          };
      if (format != null && from != to) {
        return "CASE WHEN " + dialect.matches(trimmed, format) + " THEN " + cut + " END";
      }
      if (to == FieldType.PICKLIST
          && from != FieldType.PICKLIST
          && from != FieldType.MULTIPICKLIST) {
        return "CASE WHEN "
            + trimmed
            + " IN ("
            + picklistLiterals(after)
            + ") THEN "
            + cut
            + " END";
      }
      if (to == FieldType.PICKLIST && from == FieldType.MULTIPICKLIST) {
        return "CASE WHEN " + c + " NOT LIKE '%;%' THEN " + cut + " END";
      }
      return cut;
    }
    return switch (to) {
      case INTEGER ->
          switch (from) {
            case BOOLEAN -> "CASE WHEN " + c + " THEN 1 WHEN NOT " + c + " THEN 0 END";
            case DECIMAL, CURRENCY, PERCENT ->
                "CASE WHEN " + c + " = ROUND(" + c + ", 0) THEN CAST(" + c + " AS BIGINT) END";
            default ->
                "CASE WHEN "
                    + dialect.matches(trimmed, INTEGER)
                    + " THEN CAST("
                    + trimmed
                    + " AS BIGINT) END";
          };
      case DECIMAL, CURRENCY, PERCENT -> {
        int digits = after.options().effectivePrecision(to) - after.options().effectiveScale(to);
        yield switch (from) {
          case BOOLEAN -> "CASE WHEN " + c + " THEN 1 WHEN NOT " + c + " THEN 0 END";
          case INTEGER, DECIMAL, CURRENCY, PERCENT ->
              "CASE WHEN ABS("
                  + c
                  + ") < 1E"
                  + digits
                  + " THEN CAST("
                  + c
                  + " AS "
                  + target
                  + ") END";
          default ->
              "CASE WHEN "
                  + dialect.matches(trimmed, NUMBER)
                  + " AND ABS(CAST("
                  + trimmed
                  + " AS NUMERIC(60,20))) < 1E"
                  + digits
                  + " THEN CAST("
                  + trimmed
                  + " AS "
                  + target
                  + ") END";
        };
      }
      case BOOLEAN ->
          from.isStringLike()
              ? "CASE WHEN LOWER("
                  + trimmed
                  + ") IN ('true','1','yes') THEN TRUE WHEN LOWER("
                  + trimmed
                  + ") IN ('false','0','no') THEN FALSE END"
              : "CASE WHEN " + c + " IS NULL THEN NULL ELSE " + c + " <> 0 END";
      case DATE ->
          from == FieldType.DATETIME
              ? "CAST(" + c + " AS DATE)"
              : "CASE WHEN "
                  + dialect.matches(trimmed, DATE)
                  + " THEN CAST("
                  + trimmed
                  + " AS DATE) END";
      case DATETIME ->
          from == FieldType.DATE
              ? "CAST(" + c + " AS " + target + ")"
              : "CASE WHEN "
                  + dialect.matches(trimmed, DATETIME)
                  + " THEN CAST(REPLACE("
                  + trimmed
                  + ", 'T', ' ') AS "
                  + target
                  + ") END";
      default -> "CAST(NULL AS " + target + ")";
    };
  }

  private static String picklistLiterals(FieldDef f) {
    if (f.options().values() == null || f.options().values().isEmpty()) {
      return "NULL";
    }
    return f.options().values().stream()
        .map(v -> "'" + v.value().replace("'", "''") + "'")
        .collect(Collectors.joining(","));
  }
}
