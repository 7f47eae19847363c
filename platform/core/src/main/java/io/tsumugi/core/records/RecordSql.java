package io.tsumugi.core.records;

import io.tsumugi.core.schema.runtime.ColumnTypes;
import io.tsumugi.core.schema.runtime.SqlDialect;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SQL of the record service for one entity. Table and column names come from the metadata
 * through {@link SqlNames}; values always travel as bind parameters.
 */
final class RecordSql {

  private final Connection c;
  private final SqlDialect dialect;
  private final EntityDef e;
  private final String table;

  RecordSql(Connection c, SqlDialect dialect, EntityDef e) {
    this.c = c;
    this.dialect = dialect;
    this.e = e;
    this.table = SqlNames.table(e.name());
  }

  /**
   * The columns {@link #read} reads, named one by one (never {@code *}): PostgreSQL refuses to run
   * a cached prepared {@code SELECT *} once a field's column was added ("cached plan must not
   * change result type"), while a named list changes the statement's text with the metadata.
   */
  static String columns(EntityDef e, String alias) {
    String a = alias == null ? "" : alias + ".";
    StringBuilder s = new StringBuilder();
    for (String system :
        List.of(
            "id", "version", "owner_id", "created_by", "updated_by", "created_at", "updated_at")) {
      s.append(s.isEmpty() ? "" : ", ").append(a).append(system);
    }
    for (FieldDef f : e.fields()) {
      if (f.isStored()) {
        s.append(", ").append(a).append(SqlNames.column(f.name()));
      }
    }
    return s.toString();
  }

  Optional<Record> find(long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + columns(e, null) + " FROM " + table + " WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(e, rs)) : Optional.empty();
      }
    }
  }

  /** The record whose (unique) field {@code f} holds {@code v}, locked for update. */
  Optional<Record> findBy(FieldDef f, Object v) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + columns(e, null)
                + " FROM "
                + table
                + " WHERE "
                + SqlNames.column(f.name())
                + " = ? FOR UPDATE")) {
      bind(ps, 1, f, v);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(e, rs)) : Optional.empty();
      }
    }
  }

  static Record read(EntityDef e, ResultSet rs) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String s : List.of("owner_id", "created_by", "updated_by")) {
      long v = rs.getLong(s);
      values.put(s, rs.wasNull() ? null : v);
    }
    values.put("created_at", rs.getObject("created_at", OffsetDateTime.class).toInstant());
    values.put("updated_at", rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    for (FieldDef f : e.fields()) {
      if (f.isStored()) {
        values.put(f.name(), readValue(f, rs, SqlNames.column(f.name())));
      }
    }
    return new Record(e.name(), rs.getLong("id"), rs.getLong("version"), values);
  }

  static Object readValue(FieldDef f, ResultSet rs, String column) throws SQLException {
    Object v =
        switch (f.type()) {
          case INTEGER, LOOKUP -> rs.getObject(column, Long.class);
          case DECIMAL, CURRENCY, PERCENT -> rs.getBigDecimal(column);
          case BOOLEAN -> rs.getObject(column, Boolean.class);
          case DATE -> rs.getObject(column, LocalDate.class);
          case DATETIME -> {
            OffsetDateTime o = rs.getObject(column, OffsetDateTime.class);
            yield o == null ? null : o.toInstant();
          }
          case MULTIPICKLIST -> {
            String s = rs.getString(column);
            yield s == null
                ? null
                : List.copyOf(Arrays.asList(s.split(ColumnTypes.MULTI_SEPARATOR)));
          }
          default -> rs.getString(column);
        };
    return v;
  }

  void checkUniqueAndLookups(Map<String, Object> values, Long id, List<FieldError> errors)
      throws SQLException {
    for (FieldDef f : e.fields()) {
      Object v = values.get(f.name());
      if (v == null || !f.isStored()) {
        continue;
      }
      if (f.unique()) {
        String sql =
            "SELECT 1 FROM "
                + table
                + " WHERE "
                + SqlNames.column(f.name())
                + " = ?"
                + (id == null ? "" : " AND id <> ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          bind(ps, 1, f, v);
          if (id != null) {
            ps.setLong(2, id);
          }
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              errors.add(Messages.notUnique(f));
            }
          }
        }
      }
      if (f.isLookup()) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT 1 FROM " + SqlNames.table(f.options().target()) + " WHERE id = ?")) {
          ps.setLong(1, (Long) v);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              errors.add(Messages.lookupMissing(f));
            }
          }
        }
      }
    }
  }

  String nextAutonumber(FieldDef f) throws SQLException {
    String seq = SqlNames.autonumberSequence(e.id(), f.id());
    try (PreparedStatement ps = c.prepareStatement(dialect.nextValueQuery(seq));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      String n = Long.toString(rs.getLong(1));
      int width = f.options().effectiveWidth();
      return f.options().effectivePrefix() + "0".repeat(Math.max(0, width - n.length())) + n;
    }
  }

  Record insert(CallerContext caller, Map<String, Object> values) throws SQLException {
    long id;
    try (PreparedStatement ps =
            c.prepareStatement(dialect.nextValueQuery(SqlNames.RECORD_SEQUENCE));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    List<FieldDef> stored = e.fields().stream().filter(FieldDef::isStored).toList();
    StringBuilder cols =
        new StringBuilder("id, owner_id, created_at, created_by, updated_at, updated_by, version");
    StringBuilder marks = new StringBuilder("?, ?, ?, ?, ?, ?, 1");
    for (FieldDef f : stored) {
      cols.append(", ").append(SqlNames.column(f.name()));
      marks.append(", ?");
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
      ps.setLong(1, id);
      setLong(ps, 2, e.owned() ? caller.userId() : null);
      ps.setObject(3, now);
      setLong(ps, 4, caller.userId());
      ps.setObject(5, now);
      setLong(ps, 6, caller.userId());
      int i = 7;
      for (FieldDef f : stored) {
        bind(ps, i++, f, values.get(f.name()));
      }
      ps.executeUpdate();
    }
    return find(id).orElseThrow();
  }

  boolean update(CallerContext caller, long id, long version, Map<String, Object> changed)
      throws SQLException {
    List<FieldDef> fields =
        e.fields().stream().filter(f -> f.isStored() && changed.containsKey(f.name())).toList();
    StringBuilder set = new StringBuilder("updated_at = ?, updated_by = ?, version = version + 1");
    for (FieldDef f : fields) {
      set.append(", ").append(SqlNames.column(f.name())).append(" = ?");
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE " + table + " SET " + set + " WHERE id = ? AND version = ?")) {
      ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      setLong(ps, 2, caller.userId());
      int i = 3;
      for (FieldDef f : fields) {
        bind(ps, i++, f, changed.get(f.name()));
      }
      ps.setLong(i++, id);
      ps.setLong(i, version);
      return ps.executeUpdate() == 1;
    }
  }

  void history(
      CallerContext caller, long id, Map<String, Object> before, Map<String, Object> changed)
      throws SQLException {
    for (FieldDef f : e.fields()) {
      if (!f.trackHistory() || !changed.containsKey(f.name())) {
        continue;
      }
      Object old = before.get(f.name());
      Object now = changed.get(f.name());
      if (Objects.equals(normalForm(old), normalForm(now))) {
        continue;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO sys_field_history (id, entity_name, record_id, field_name, old_value,"
                  + " new_value, changed_by, changed_at) VALUES (("
                  + dialect.nextValueExpression(SqlNames.RECORD_SEQUENCE)
                  + "), ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, e.name());
        ps.setLong(2, id);
        ps.setString(3, f.name());
        ps.setString(4, cut(RecordService.joined(old)));
        ps.setString(5, cut(RecordService.joined(now)));
        setLong(ps, 6, caller.userId());
        ps.setObject(7, java.sql.Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
    }
  }

  private static Object normalForm(Object v) {
    return v instanceof BigDecimal d ? d.stripTrailingZeros() : v;
  }

  private static String cut(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
  }

  static void bind(PreparedStatement ps, int i, FieldDef f, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, sqlType(f.type()));
      return;
    }
    switch (f.type()) {
      case DATETIME -> ps.setObject(i, ((Instant) v).atOffset(ZoneOffset.UTC));
      case MULTIPICKLIST -> ps.setString(i, RecordService.joined(v));
      default -> ps.setObject(i, v);
    }
  }

  private static int sqlType(FieldType t) {
    return switch (t) {
      case INTEGER, LOOKUP -> Types.BIGINT;
      case DECIMAL, CURRENCY, PERCENT -> Types.NUMERIC;
      case BOOLEAN -> Types.BOOLEAN;
      case DATE -> Types.DATE;
      case DATETIME -> Types.TIMESTAMP_WITH_TIMEZONE;
      default -> Types.VARCHAR;
    };
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  /** A unique violation that slipped past the check (a race) becomes a field error. */
  static RuntimeException translate(MetadataPackage pkg, String entity, SQLException ex) {
    if ("23505".equals(ex.getSQLState())) {
      EntityDef e = pkg.entity(entity).orElse(null);
      if (e != null) {
        String message = String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT);
        for (FieldDef f : e.fields()) {
          if (f.unique() && message.contains(SqlNames.uniqueConstraint(e.id(), f.id()))) {
            return new RecordValidationException(List.of(Messages.notUnique(f)));
          }
        }
      }
    }
    return new IllegalStateException("Database error on " + entity + ": " + ex.getMessage(), ex);
  }
}
