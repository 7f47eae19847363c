package io.tsumugi.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the real changelogs on a real (in-memory) H2 database. */
class PlatformSchemaMigratorTest {

  private static Connection freshDatabase(String name) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void createsThePlatformTablesOnAnEmptyDatabase() throws SQLException {
    try (Connection connection = freshDatabase("migrate-empty")) {
      new PlatformSchemaMigrator().migrate(connection);

      assertThat(tableNames(connection))
          .contains("SYS_USER", "SYS_METADATA_VERSION", "DATABASECHANGELOG");
    }
  }

  @Test
  void secondRunChangesNothing() throws SQLException {
    try (Connection connection = freshDatabase("migrate-twice")) {
      PlatformSchemaMigrator migrator = new PlatformSchemaMigrator();
      migrator.migrate(connection);
      int changesetsAfterFirstRun = countChangesets(connection);

      migrator.migrate(connection);

      assertThat(countChangesets(connection)).isEqualTo(changesetsAfterFirstRun).isPositive();
    }
  }

  @Test
  void changesetIdsFollowTheVersionIssueSlugConvention() throws SQLException {
    try (Connection connection = freshDatabase("migrate-ids");
        Statement statement = connection.createStatement()) {
      new PlatformSchemaMigrator().migrate(connection);
      try (ResultSet rows = statement.executeQuery("SELECT id, author FROM databasechangelog")) {
        while (rows.next()) {
          assertThat(rows.getString("id")).matches("\\d+\\.\\d+\\.\\d+-\\d+-[a-z0-9-]+");
          assertThat(rows.getString("author")).isEqualTo("tsumugi");
        }
      }
    }
  }

  private static int countChangesets(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static List<String> tableNames(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet tables =
        connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
