package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@link QueryService#totals}: one GROUP BY over the filtered records. */
final class GroupSql {

  private GroupSql() {}

  static String groupColumn(EntityDef e, String name, List<FieldError> errors) {
    Optional<FieldDef> f = e.field(name == null ? "" : name);
    if (f.isEmpty()) {
      errors.add(QueryMessages.unknownField(e, name));
      return null;
    }
    FieldDef field = f.get();
    boolean groupable =
        field.isStored()
            && field.type() != FieldType.MULTIPICKLIST
            && (field.filterable() || field.type().isPicklist() || field.isLookup());
    if (!groupable) {
      errors.add(QueryMessages.notFilterable(name, field));
      return null;
    }
    return FieldPath.MAIN_ALIAS + "." + SqlNames.column(field.name());
  }

  static String sumColumn(EntityDef e, String name, List<FieldError> errors) {
    Optional<FieldDef> f = e.field(name);
    if (f.isEmpty()) {
      errors.add(QueryMessages.unknownField(e, name));
      return null;
    }
    boolean numeric =
        switch (f.get().type()) {
          case INTEGER, DECIMAL, CURRENCY, PERCENT -> f.get().isStored();
          default -> false;
        };
    if (!numeric) {
      errors.add(QueryMessages.notFilterable(name, f.get()));
      return null;
    }
    return FieldPath.MAIN_ALIAS + "." + SqlNames.column(f.get().name());
  }

  static List<GroupTotal> read(Connection c, String from, WhereSql where, String group, String sum)
      throws SQLException {
    String sql =
        "SELECT "
            + group
            + ", COUNT(*), "
            + (sum == null ? "0" : "COALESCE(SUM(" + sum + "), 0)")
            + " FROM "
            + from
            + " WHERE "
            + where.condition
            + " GROUP BY "
            + group;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bind.all(ps, where.binds);
      List<GroupTotal> totals = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BigDecimal total = rs.getBigDecimal(3);
          totals.add(
              new GroupTotal(
                  rs.getObject(1), rs.getLong(2), total == null ? BigDecimal.ZERO : total));
        }
      }
      return totals;
    }
  }
}
