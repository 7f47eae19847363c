package io.tsumugi.core.schema.runtime;

import io.tsumugi.core.schema.PlatformSchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for one test class: an H2 in-memory database, or with {@code -Ddb=postgresql} a
 * schema of its own (dropped and created) in the PostgreSQL test database, with the platform tables
 * migrated.
 */
public final class TestDatabases {

  public static DataSource fresh(String name) throws SQLException {
    String kind = System.getProperty("it.db", "h2");
    DataSource ds;
    if (kind.equals("postgresql")) {
      String schema = "it_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test"));
      pg.setUser(System.getProperty("it.postgresql.user", "postgres"));
      try (Connection c = pg.getConnection();
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
      }
      pg.setCurrentSchema(schema);
      ds = pg;
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      ds = h2;
    }
    return prepared(ds);
  }

  /**
   * A fresh H2 file database at {@code file} (no suffix) that other processes may open too ({@code
   * AUTO_SERVER}), with the platform tables migrated.
   */
  public static DataSource h2File(java.nio.file.Path file) throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return prepared(h2);
  }

  private static DataSource prepared(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      new PlatformSchemaMigrator().migrate(c);
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO sys_metadata_version (version_no, active, summary, applied_by, applied_at)"
                + " VALUES (1, TRUE, 'empty', 'test', CURRENT_TIMESTAMP)");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    return ds;
  }

  static boolean columnExists(DataSource ds, String table, String column) throws SQLException {
    try (Connection c = ds.getConnection();
        var rs = c.getMetaData().getColumns(null, c.getSchema(), null, null)) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)
            && rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
          return true;
        }
      }
      return false;
    }
  }

  static boolean tableExists(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        var rs = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
      return false;
    }
  }

  static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private TestDatabases() {}
}
