package io.tsumugi.core.schema.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL differences between the two supported databases. Everything else the runtime writes is
 * the SQL both accept.
 */
public enum SqlDialect {
  H2,
  POSTGRESQL;

  /** The dialect of the database behind a connection. */
  public static SqlDialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new SQLException("Unsupported database: " + product);
  }

  /** True when DDL takes part in transactions (PostgreSQL), false when it commits (H2). */
  public boolean transactionalDdl() {
    return this == POSTGRESQL;
  }

  /** A query returning the next value of a sequence. */
  public String nextValueQuery(String sequence) {
    String s = SqlNames.checkIdentifier(sequence);
    return this == POSTGRESQL ? "SELECT nextval('" + s + "')" : "SELECT NEXT VALUE FOR " + s;
  }

  /** The expression for the next value of a sequence, for use inside an INSERT. */
  public String nextValueExpression(String sequence) {
    String s = SqlNames.checkIdentifier(sequence);
    return this == POSTGRESQL ? "nextval('" + s + "')" : "NEXT VALUE FOR " + s;
  }

  /** A predicate: {@code column} matches the constant regular expression {@code regex}. */
  public String matches(String column, String regex) {
    String literal = "'" + regex.replace("'", "''") + "'";
    return this == POSTGRESQL
        ? column + " ~ " + literal
        : "REGEXP_LIKE(" + column + ", " + literal + ")";
  }

  /** Changes the type of a column whose values already fit the new type. */
  public String alterColumnType(String table, String column, String type) {
    return this == POSTGRESQL
        ? "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + type
        : "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + type;
  }

  /** Renames a column. */
  public String renameColumn(String table, String from, String to) {
    return this == POSTGRESQL
        ? "ALTER TABLE " + table + " RENAME COLUMN " + from + " TO " + to
        : "ALTER TABLE " + table + " ALTER COLUMN " + from + " RENAME TO " + to;
  }

  /**
   * Creates the index behind equality and prefix ({@code LIKE 'abc%'}) searches on a text column.
   * Under a UTF-8 locale PostgreSQL uses only a {@code text_pattern_ops} index for {@code LIKE
   * 'abc%'}.
   */
  public String createPrefixIndex(String name, String table, String column) {
    return this == POSTGRESQL
        ? "CREATE INDEX " + name + " ON " + table + " (" + column + " text_pattern_ops)"
        : "CREATE INDEX " + name + " ON " + table + " (" + column + ")";
  }

  /** Whether prefix search needs its own index next to the sort index. */
  public boolean separatePrefixIndex() {
    return this == POSTGRESQL;
  }
}
