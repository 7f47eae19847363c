package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.metadata.standard.StandardPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of an apply: another JVM starts applying a new version and is killed while
 * it sleeps after its first changeset; a fresh applier here then finds the previous version active,
 * the schema matching it, no lock left behind and every record still there. PostgreSQL with {@code
 * -Ddb=postgresql} (one transaction, advisory lock), otherwise an H2 file database (undo journal).
 */
class KilledApplyIT {

  @Test
  void anApplyKilledHalfWayLeavesThePreviousVersionAndNoLock() throws Exception {
    boolean postgres = System.getProperty("it.db", "h2").equals("postgresql");
    DataSource ds;
    String childUrl;
    if (postgres) {
      ds = TestDatabases.fresh("q_killed");
      childUrl =
          System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test")
              + "?currentSchema=it_q_killed";
    } else {
      Path dir = Path.of(System.getProperty("it.work.dir", "target/it-work"));
      Files.createDirectories(dir);
      Path file = dir.resolve("q_killed-" + UUID.randomUUID());
      ds = TestDatabases.h2File(file);
      childUrl = "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    RecordService records = new RecordService(ds, active);
    for (int i = 0; i < 25; i++) {
      records.create(CallerContext.system(), "account", Map.of("name", "生存確認" + i));
    }

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledApplyChild.class.getName(),
                childUrl,
                postgres ? System.getProperty("it.postgresql.user", "postgres") : "sa")
            .redirectErrorStream(true)
            .redirectOutput(
                Path.of(System.getProperty("it.work.dir", "target"))
                    .resolve("q_killed-child.log")
                    .toFile())
            .start();
    try {
      waitUntilPaused(ds, postgres, child);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    ActiveMetadata recovered = new ActiveMetadata();
    MetadataApplier fresh = new MetadataApplier(ds, recovered);
    fresh.recoverAndLoad();

    assertThat(recovered.current().versionNo()).isEqualTo(2);
    assertThat(TestDatabases.columnExists(ds, "crm_account", "q_first")).isFalse();
    assertThat(TestDatabases.columnExists(ds, "crm_account", "q_second")).isFalse();
    assertThat(TestDatabases.count(ds, "SELECT COUNT(*) FROM crm_account")).isEqualTo(25);
    assertThat(TestDatabases.count(ds, "SELECT COUNT(*) FROM sys_apply_journal")).isZero();
    ApplyOptions shortWait =
        new ApplyOptions(false, false, Duration.ofSeconds(5), -1, false, Duration.ZERO);
    ApplyResult again = fresh.apply(KilledApplyChild.nextVersion(), 2, "tester", shortWait);
    assertThat(again.versionNo()).isEqualTo(3);
    assertThat(TestDatabases.columnExists(ds, "crm_account", "q_first")).isTrue();
    assertThat(TestDatabases.count(ds, "SELECT COUNT(*) FROM crm_account")).isEqualTo(25);
  }

  /** Waits until the child sleeps inside its apply, after the first changeset. */
  private static void waitUntilPaused(DataSource ds, boolean postgres, Process child)
      throws Exception {
    String probe =
        postgres
            ? "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ? AND state = 'active'"
                + " AND query LIKE '%pg_sleep%'"
            : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE UPPER(EXECUTING_STATEMENT)"
                + " LIKE ?";
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("the child is still applying").isTrue();
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement(probe)) {
        ps.setString(1, postgres ? KilledApplyChild.APPLICATION_NAME : "%TSUMUGI_TEST_SLEEP(%");
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            Thread.sleep(300);
            assertThat(child.isAlive()).as("the child still sleeps inside its apply").isTrue();
            return;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The child never reached the pause in its apply");
  }
}
