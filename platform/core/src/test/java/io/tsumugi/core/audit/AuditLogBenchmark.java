package io.tsumugi.core.audit;

import io.tsumugi.core.bench.BenchmarkSupport;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The security audit page on a large log (docs/benchmarks.md, "Security audit log"): {@code
 * -Dbench.logins} login attempts (default 1,000,000, over a year, 2,000 login ids) and a tenth as
 * many console entries, loaded with COPY into schema {@code q_audit} of the test PostgreSQL. Each
 * page of {@link SecurityAuditLog} is timed against the hand-written query that reads the same page
 * of the login table alone, the least any merged log can cost. Run:
 *
 * <pre>
 * ./mvnw -q -pl platform/core -Pbenchmarks test-compile exec:java \
 *     -Dexec.mainClass=io.tsumugi.core.audit.AuditLogBenchmark
 * </pre>
 */
public final class AuditLogBenchmark {

  private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

  private AuditLogBenchmark() {}

  public static void main(String[] args) throws Exception {
    int logins = Integer.getInteger("bench.logins", 1_000_000);
    PGSimpleDataSource ds = BenchmarkSupport.freshSchema("q_audit");
    long t0 = System.nanoTime();
    load(ds, logins);
    System.out.printf(
        "setup: %,d login attempts and %,d console entries in %.1f s%n",
        logins, logins / 10, BenchmarkSupport.ms(t0) / 1000);
    DataSource one = BenchmarkSupport.oneConnection(ds);
    SecurityAuditLog log = new SecurityAuditLog(one);

    AuditQuery first = new AuditQuery(null, null, null, null, 50, null);
    double page1 = BenchmarkSupport.median(() -> log.page(first).events().size());
    double floor =
        BenchmarkSupport.median(
            () ->
                rows(
                    one,
                    "SELECT at, id, login_id, outcome, source_ip FROM sys_login_audit"
                        + " ORDER BY at DESC, id DESC LIMIT 51"));
    report("1. first page of 50, no filter", page1, floor);

    AuditPage page = log.page(first);
    for (int i = 0; i < 199; i++) {
      page = log.page(new AuditQuery(null, null, null, null, 50, page.nextCursor()));
    }
    AuditQuery deep = new AuditQuery(null, null, null, null, 50, page.nextCursor());
    double page200 = BenchmarkSupport.median(() -> log.page(deep).events().size());
    report("2. page 201 by cursor (after 10,000 entries)", page200, page1);

    AuditQuery oneUser = new AuditQuery(null, "user-0042", null, null, 50, null);
    double byUser = BenchmarkSupport.median(() -> log.page(oneUser).events().size());
    double userFloor =
        BenchmarkSupport.median(
            () ->
                rows(
                    one,
                    "SELECT at, id FROM sys_login_audit WHERE login_id = 'user-0042'"
                        + " ORDER BY at DESC, id DESC LIMIT 51"));
    report("3. one login id (~500 entries), first page", byUser, userFloor);

    AuditQuery permissions = new AuditQuery(AuditKind.PERMISSION, null, null, null, 50, null);
    double byKind = BenchmarkSupport.median(() -> log.page(permissions).events().size());
    report("4. kind = permission (console entries only), first page", byKind, page1);

    AuditQuery lastWeek = new AuditQuery(null, null, NOW.minus(7, ChronoUnit.DAYS), NOW, 50, null);
    double week = BenchmarkSupport.median(() -> log.page(lastWeek).events().size());
    report("5. last 7 days, first page", week, page1);
  }

  private static void report(String what, double measured, double baseline) {
    System.out.printf(
        "%s: %.2f ms vs %.2f ms (%.2fx)%n", what, measured, baseline, measured / baseline);
  }

  private static int rows(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void load(PGSimpleDataSource ds, int logins) throws Exception {
    Random random = new Random(42);
    long span = ChronoUnit.SECONDS.between(NOW.minus(365, ChronoUnit.DAYS), NOW);
    StringBuilder loginRows = new StringBuilder();
    for (int i = 0; i < logins; i++) {
      Instant at = NOW.minusSeconds((long) (random.nextDouble() * span));
      loginRows
          .append(at)
          .append('\t')
          .append(String.format("user-%04d", random.nextInt(2000)))
          .append("\t10.0.0.")
          .append(random.nextInt(250))
          .append('\t')
          .append(random.nextInt(10) == 0 ? "failure" : "success")
          .append('\n');
    }
    String[] actions = {"user.created", "permissionSet.assign", "export.csv", "department.moved"};
    StringBuilder consoleRows = new StringBuilder();
    for (int i = 0; i < logins / 10; i++) {
      Instant at = NOW.minusSeconds((long) (random.nextDouble() * span));
      consoleRows
          .append(at)
          .append('\t')
          .append(String.format("admin-%02d", random.nextInt(20)))
          .append('\t')
          .append(actions[random.nextInt(actions.length)])
          .append("\tdetail ")
          .append(i)
          .append('\n');
    }
    try (Connection c = ds.getConnection()) {
      PGConnection pg = c.unwrap(PGConnection.class);
      pg.getCopyAPI()
          .copyIn(
              "COPY sys_login_audit (at, login_id, source_ip, outcome) FROM STDIN",
              new StringReader(loginRows.toString()));
      pg.getCopyAPI()
          .copyIn(
              "COPY sys_console_audit (at, login_id, action, detail) FROM STDIN",
              new StringReader(consoleRows.toString()));
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
  }
}
