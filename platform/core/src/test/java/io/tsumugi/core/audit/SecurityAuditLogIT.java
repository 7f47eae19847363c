package io.tsumugi.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.console.ConsoleAudit;
import io.tsumugi.core.identity.LoginAudit;
import io.tsumugi.core.schema.runtime.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merged security audit log on the real changelog and database: kinds, filters, paging. */
class SecurityAuditLogIT {

  private DataSource ds;
  private SecurityAuditLog log;

  @BeforeEach
  void freshDatabase() throws Exception {
    ds = TestDatabases.fresh("audit");
    log = new SecurityAuditLog(ds);
    LoginAudit logins = new LoginAudit(ds);
    ConsoleAudit console = new ConsoleAudit(ds);
    logins.record("taro", "10.0.0.1", LoginAudit.Outcome.FAILURE);
    logins.record("admin", "10.0.0.2", LoginAudit.Outcome.SUCCESS);
    console.record("admin", "user.created", "taro");
    console.record("admin", "user.roles-changed", "taro: [user] → [admin]");
    console.record("admin", "department.moved", "東京営業所");
    console.record("admin", "permission-set.assigned", "sales → taro");
    console.record("hanako", "export.csv", "entity=account rows=3");
    console.record("admin", "field.deleted", "account.fax");
    console.record("admin", "metadata.applied", "v2");
  }

  @Test
  void eachConsoleActionGetsTheKindOfItsPrefix() {
    assertThat(actions(AuditKind.LOGIN, null)).containsExactly("SUCCESS", "FAILURE");
    assertThat(actions(AuditKind.USER, null)).containsExactly("user.roles-changed", "user.created");
    assertThat(actions(AuditKind.DEPARTMENT, null)).containsExactly("department.moved");
    assertThat(actions(AuditKind.PERMISSION, null)).containsExactly("permission-set.assigned");
    assertThat(actions(AuditKind.EXPORT, null)).containsExactly("export.csv");
    // The console's own "metadata.applied" is left out: the version table says it, for any caller.
    List<AuditEvent> metadata =
        log.page(new AuditQuery(AuditKind.METADATA, null, null, null, 200, null)).events();
    assertThat(metadata).extracting(AuditEvent::action).contains("field.deleted");
    assertThat(metadata).extracting(AuditEvent::detail).doesNotContain("v2");
  }

  @Test
  void theUserAndDateFiltersNarrowTheLog() {
    assertThat(actions(null, "hanako")).containsExactly("export.csv");
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
    assertThat(log.page(new AuditQuery(null, null, tomorrow, null, 50, null)).events()).isEmpty();
    assertThat(log.page(new AuditQuery(null, null, null, tomorrow, 50, null)).events())
        .hasSizeGreaterThanOrEqualTo(9);
  }

  @Test
  void pagesOfTwoWalkTheWholeLogOnceNewestFirst() {
    List<AuditEvent> all = log.page(new AuditQuery(null, null, null, null, 200, null)).events();
    List<AuditEvent> walked = new ArrayList<>();
    String cursor = null;
    do {
      AuditPage page = log.page(new AuditQuery(null, null, null, null, 2, cursor));
      assertThat(page.events()).hasSizeLessThanOrEqualTo(2);
      walked.addAll(page.events());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(walked).containsExactlyElementsOf(all);
    for (int i = 1; i < walked.size(); i++) {
      assertThat(walked.get(i).at()).isBeforeOrEqualTo(walked.get(i - 1).at());
    }
  }

  @Test
  void entriesOfOneInstantFromTwoSourcesArePagedWithoutGapOrRepeat() throws Exception {
    Timestamp same = Timestamp.from(Instant.parse("2030-01-01T09:00:00Z"));
    try (Connection c = ds.getConnection();
        PreparedStatement login =
            c.prepareStatement(
                "INSERT INTO sys_login_audit (at, login_id, source_ip, outcome)"
                    + " VALUES (?, 'tie', NULL, ?)");
        PreparedStatement console =
            c.prepareStatement(
                "INSERT INTO sys_console_audit (at, login_id, action, detail)"
                    + " VALUES (?, 'tie', 'user.created', ?)")) {
      for (int i = 0; i < 3; i++) {
        login.setTimestamp(1, same);
        login.setString(2, "SUCCESS");
        login.executeUpdate();
        console.setTimestamp(1, same);
        console.setString(2, "tie-" + i);
        console.executeUpdate();
      }
    }
    List<AuditEvent> all = log.page(new AuditQuery(null, "tie", null, null, 200, null)).events();
    assertThat(all).hasSize(6);
    assertThat(all.subList(0, 3)).extracting(AuditEvent::kind).containsOnly(AuditKind.USER);
    for (int size = 1; size <= 4; size++) {
      List<AuditEvent> walked = new ArrayList<>();
      String cursor = null;
      do {
        AuditPage page = log.page(new AuditQuery(null, "tie", null, null, size, cursor));
        walked.addAll(page.events());
        cursor = page.nextCursor();
      } while (cursor != null);
      assertThat(walked).as("pages of %d", size).containsExactlyElementsOf(all);
    }
  }

  @Test
  void aForgedCursorIsRefused() {
    assertThatThrownBy(() -> log.page(new AuditQuery(null, null, null, null, 2, "bm9wZQ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> actions(AuditKind kind, String user) {
    return log.page(new AuditQuery(kind, user, null, null, 200, null)).events().stream()
        .map(AuditEvent::action)
        .toList();
  }
}
