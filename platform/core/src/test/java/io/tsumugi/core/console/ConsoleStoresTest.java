package io.tsumugi.core.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.schema.PlatformSchemaMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts and the audit log on the real changelog, in an in-memory H2 database. */
class ConsoleStoresTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void migrate() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:console-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = dataSource.getConnection()) {
      new PlatformSchemaMigrator().migrate(c);
    }
  }

  @Test
  void aDraftIsKeptPerAdministratorUntilDiscarded() {
    ConsoleDrafts drafts = new ConsoleDrafts(dataSource);
    assertThat(drafts.find("admin")).isEmpty();

    drafts.save("admin", 2, "{\"a\":1}");
    drafts.save("admin", 3, "{\"a\":2}");
    drafts.save("other", 2, "{\"b\":1}");

    assertThat(drafts.find("admin")).get().extracting(Draft::baseVersion).isEqualTo(3);
    assertThat(drafts.find("admin").orElseThrow().packageJson()).isEqualTo("{\"a\":2}");
    drafts.discard("admin");
    assertThat(drafts.find("admin")).isEmpty();
    assertThat(drafts.find("other")).isPresent();
  }

  @Test
  void theAuditLogListsNewestFirstAndCutsLongDetails() {
    ConsoleAudit audit = new ConsoleAudit(dataSource);
    audit.record("admin", "entity.saved", "property");
    audit.record("admin", "metadata.applied", "x".repeat(3000));

    assertThat(audit.latest(10))
        .extracting(AuditEntry::action)
        .containsExactly("metadata.applied", "entity.saved");
    assertThat(audit.latest(10).get(0).detail()).hasSize(2000);
    assertThat(audit.latest(1)).hasSize(1);
  }
}
