package io.tsumugi.core.schema.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The schema of the entity tables as JDBC's {@link DatabaseMetaData} reports it, in one form for H2
 * and PostgreSQL: names in lower case, column types normalised ({@code varchar(80)}, {@code
 * numeric(18,2)}, {@code boolean}, {@code timestamp}...), indexes by name with their columns,
 * foreign keys with their delete rule. Two snapshots compare with {@code equals}.
 *
 * @param tables every table whose name starts with {@code crm_} or {@code zz_}, by name
 */
record SchemaSnapshot(Map<String, Table> tables) {

  /** A column: normalised type, nullability, default as the database reports it (or null). */
  record Column(String type, boolean nullable, String defaultValue) {}

  /** An index: unique or not, its columns in order. */
  record Index(boolean unique, List<String> columns) {}

  /** A foreign key: the column, the referenced table and the delete rule. */
  record ForeignKey(String column, String targetTable, String onDelete) {}

  /** One table. */
  record Table(
      Map<String, Column> columns, Map<String, Index> indexes, Map<String, ForeignKey> fks) {

    Column column(String name) {
      Column c = columns.get(name);
      if (c == null) {
        throw new AssertionError("no column " + name + " in " + columns.keySet());
      }
      return c;
    }

    /** True when a unique index covers exactly {@code column}. */
    boolean uniqueOn(String column) {
      return indexes.values().stream()
          .anyMatch(i -> i.unique() && i.columns().equals(List.of(column)));
    }
  }

  static SchemaSnapshot of(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      String schema = c.getSchema();
      Map<String, Table> tables = new TreeMap<>();
      for (String name : tableNames(md, schema)) {
        tables.put(lower(name), table(md, schema, name));
      }
      return new SchemaSnapshot(tables);
    }
  }

  Table table(String name) {
    Table t = tables.get(name);
    if (t == null) {
      throw new AssertionError("no table " + name + " in " + tables.keySet());
    }
    return t;
  }

  boolean has(String table) {
    return tables.containsKey(table);
  }

  private static Set<String> tableNames(DatabaseMetaData md, String schema) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (ResultSet rs = md.getTables(null, schema, null, new String[] {"TABLE"})) {
      while (rs.next()) {
        String n = rs.getString("TABLE_NAME");
        if (lower(n).startsWith("crm_") || lower(n).startsWith("zz_")) {
          out.add(n);
        }
      }
    }
    return out;
  }

  private static Table table(DatabaseMetaData md, String schema, String table) throws SQLException {
    Map<String, Column> columns = new TreeMap<>();
    try (ResultSet rs = md.getColumns(null, schema, table, null)) {
      while (rs.next()) {
        columns.put(
            lower(rs.getString("COLUMN_NAME")),
            new Column(
                type(rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")),
                rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                defaultValue(rs.getString("COLUMN_DEF"))));
      }
    }
    Map<String, Index> indexes = new TreeMap<>();
    try (ResultSet rs = md.getIndexInfo(null, schema, table, false, false)) {
      Map<String, List<String>> cols = new TreeMap<>();
      Map<String, Boolean> unique = new TreeMap<>();
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null) {
          continue;
        }
        String column = rs.getString("COLUMN_NAME");
        // PostgreSQL reports an operator-class index by its expression; only its column matters.
        String key = indexKey(lower(name));
        List<String> list = cols.computeIfAbsent(key, k -> new ArrayList<>());
        int position = rs.getInt("ORDINAL_POSITION");
        while (list.size() < position) {
          list.add(null);
        }
        list.set(position - 1, column == null ? null : lower(column).replace("\"", ""));
        unique.put(key, !rs.getBoolean("NON_UNIQUE"));
      }
      cols.forEach((k, v) -> indexes.put(k, new Index(unique.get(k), List.copyOf(v))));
    }
    Map<String, ForeignKey> fks = new TreeMap<>();
    try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
      while (rs.next()) {
        fks.put(
            lower(rs.getString("FK_NAME")),
            new ForeignKey(
                lower(rs.getString("FKCOLUMN_NAME")),
                lower(rs.getString("PKTABLE_NAME")),
                deleteRule(rs.getInt("DELETE_RULE"))));
      }
    }
    return new Table(columns, indexes, fks);
  }

  /**
   * H2 names the indexes behind primary keys and constraints itself (primary_key_4a, uq_x_index_b)
   * and names them anew when they are created again; only what they stand for is compared.
   */
  private static String indexKey(String name) {
    if (name.startsWith("primary_key_")) {
      return "primary_key";
    }
    return name.replaceAll("_index_[a-z0-9]+$", "_index");
  }

  private static String type(int jdbcType, int size, int digits) {
    return switch (jdbcType) {
      case Types.VARCHAR, Types.NVARCHAR -> "varchar(" + size + ")";
      case Types.BIGINT -> "bigint";
      case Types.INTEGER -> "integer";
      case Types.NUMERIC, Types.DECIMAL -> "numeric(" + size + "," + digits + ")";
      case Types.BOOLEAN, Types.BIT -> "boolean";
      case Types.DATE -> "date";
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "timestamp";
      default -> "jdbc-type-" + jdbcType;
    };
  }

  private static String deleteRule(int rule) {
    return switch (rule) {
      case DatabaseMetaData.importedKeyCascade -> "cascade";
      case DatabaseMetaData.importedKeySetNull -> "set_null";
      default -> "restrict"; // RESTRICT and NO ACTION refuse alike
    };
  }

  /** Defaults as text without casts and quotes ('5'::bigint and 5 are the same default). */
  private static String defaultValue(String def) {
    if (def == null) {
      return null;
    }
    String d = def.replaceAll("::[a-z ]+(\\([0-9, ]+\\))?", "").trim();
    if (d.startsWith("'") && d.endsWith("'")) {
      d = d.substring(1, d.length() - 1);
    }
    return d.toLowerCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
