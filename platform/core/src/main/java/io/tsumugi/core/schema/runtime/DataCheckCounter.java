package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.DataCheck;
import io.tsumugi.metadata.plan.Plan;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a plan's data checks with COUNT queries on the current schema (before any change runs, so
 * tables and columns are named as they are now: from the change's "before" definitions).
 */
final class DataCheckCounter {

  List<DataCheckAnswer> count(Connection c, Plan plan) throws SQLException {
    SqlDialect dialect = SqlDialect.of(c);
    List<DataCheckAnswer> out = new ArrayList<>();
    for (Change change : plan.changes()) {
      for (DataCheck check : change.dataChecks()) {
        String entity =
            change.entityBefore() != null ? change.entityBefore().name() : check.entity();
        if (change.entityBefore() == null) {
          out.add(new DataCheckAnswer(change, check, 0)); // a new entity has no rows
          continue;
        }
        out.add(new DataCheckAnswer(change, check, count(c, dialect, change, check, entity)));
      }
    }
    return out;
  }

  private long count(
      Connection c, SqlDialect dialect, Change change, DataCheck check, String entity)
      throws SQLException {
    String table = SqlNames.table(entity);
    FieldDef before = change.fieldBefore();
    String column = before == null ? null : SqlNames.column(before.name());
    List<Object> params = new ArrayList<>();
    String where;
    if (check instanceof DataCheck.RowCount) {
      where = "1 = 1";
    } else if (check instanceof DataCheck.NullValues) {
      where = column + " IS NULL";
    } else if (check instanceof DataCheck.NonNullValues) {
      where = column + " IS NOT NULL";
    } else if (check instanceof DataCheck.DuplicateValues) {
      where =
          column
              + " IN (SELECT "
              + column
              + " FROM "
              + table
              + " WHERE "
              + column
              + " IS NOT NULL GROUP BY "
              + column
              + " HAVING COUNT(*) > 1)";
    } else if (check instanceof DataCheck.ValuesLongerThan v) {
      params.add(v.maxLength());
      where = "CHAR_LENGTH(" + column + ") > ?";
    } else if (check instanceof DataCheck.ValuesOutsidePrecision v) {
      params.add(BigDecimal.TEN.pow(v.precision() - v.scale()));
      params.add(v.scale());
      where =
          column
              + " IS NOT NULL AND (ABS("
              + column
              + ") >= ? OR "
              + column
              + " <> ROUND("
              + column
              + ", ?))";
    } else if (check instanceof DataCheck.RowsUsingPicklistValue v) {
      if (before.type() == FieldType.MULTIPICKLIST) {
        params.add("%;" + v.value() + ";%");
        where = "CONCAT(';', " + column + ", ';') LIKE ?";
      } else {
        params.add(v.value());
        where = column + " = ?";
      }
    } else if (check instanceof DataCheck.RowsWithSeveralValues) {
      where = column + " LIKE '%;%'";
    } else {
      where =
          new TypeChangeSql(dialect, 0, false).nonConvertible(before, change.fieldAfter(), column);
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
