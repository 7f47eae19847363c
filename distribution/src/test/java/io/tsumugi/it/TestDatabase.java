package io.tsumugi.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database the integration tests run against: H2 (default) or PostgreSQL ({@code
 * -Ddb=postgresql}). On PostgreSQL the tests own the schema {@value #POSTGRESQL_SCHEMA}, dropped
 * and recreated before the server starts, so nothing else in the database is touched (a second
 * server gets a schema of its own, see {@link #withSchema}).
 */
public record TestDatabase(String kind, String url, String user, String password, String schema) {

  static final String POSTGRESQL_SCHEMA = "tsumugi_it";

  /** The same database with the PostgreSQL schema {@code otherSchema} (a second server's own). */
  TestDatabase withSchema(String otherSchema) {
    if (!otherSchema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain schema name: " + otherSchema);
    }
    return new TestDatabase(kind, url, user, password, otherSchema);
  }

  static TestDatabase fromSystemProperties() {
    String kind = System.getProperty("it.db", "h2");
    return switch (kind) {
      case "h2" -> new TestDatabase("h2", null, null, null, POSTGRESQL_SCHEMA);
      case "postgresql" ->
          new TestDatabase(
              "postgresql",
              System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test"),
              System.getProperty("it.postgresql.user", "postgres"),
              System.getProperty("it.postgresql.password", ""),
              POSTGRESQL_SCHEMA);
      default ->
          throw new IllegalArgumentException("-Ddb must be h2 or postgresql, not '" + kind + "'");
    };
  }

  /** The product name the server's health endpoint should report. */
  public String productName() {
    return kind.equals("h2") ? "H2" : "PostgreSQL";
  }

  /** What the launch script needs to use this database (nothing for the default H2). */
  Map<String, String> serverEnvironment() {
    if (kind.equals("h2")) {
      return Map.of();
    }
    String separator = url.contains("?") ? "&" : "?";
    return Map.of(
        "TSUMUGI_DB_URL",
        url + separator + "currentSchema=" + schema,
        "TSUMUGI_DB_USER",
        user,
        "TSUMUGI_DB_PASSWORD",
        password == null ? "" : password);
  }

  /** Gives the server an empty schema to start from. */
  void reset() {
    if (kind.equals("h2")) {
      return; // a fresh data folder is a fresh H2 database
    }
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + url + " is not usable for the integration tests: " + e.getMessage(),
          e);
    }
  }
}
