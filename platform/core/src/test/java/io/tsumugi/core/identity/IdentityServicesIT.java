package io.tsumugi.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.schema.runtime.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users, departments, the lockout and the login audit on the real changelog and database. */
class IdentityServicesIT {

  private DataSource ds;
  private Departments departments;
  private Users users;

  @BeforeEach
  void freshDatabase() throws Exception {
    ds = TestDatabases.fresh("identity");
    departments = new Departments(ds);
    users = new Users(ds, PasswordPolicy.defaults(), p -> "hashed:" + p);
  }

  private static UserDetails details(String loginId, Long departmentId) {
    return new UserDetails(loginId, "営業 太郎", "taro@example.jp", "ja", departmentId, Set.of("user"));
  }

  @Test
  void aUserIsStoredWithDepartmentRolesAndLocale() {
    Department sales = departments.create("営業部", null);

    User created = users.create(details("taro", sales.id()), "correct-horse-1");

    User read = users.find("taro").orElseThrow();
    assertThat(read.id()).isEqualTo(created.id());
    assertThat(read.details().departmentId()).isEqualTo(sales.id());
    assertThat(read.details().locale()).isEqualTo("ja");
    assertThat(read.roles()).containsExactly("user");
    assertThat(read.active()).isTrue();
    assertThat(users.passwordHashOfActive("taro")).contains("hashed:correct-horse-1");
  }

  @Test
  void aDuplicateLoginIdIsRefusedInBothLanguages() {
    users.create(details("taro", null), "correct-horse-1");

    assertThatThrownBy(() -> users.create(details("taro", null), "correct-horse-2"))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("user.duplicate-login-id");
              assertThat(e.messageJa()).contains("既に使われています");
              assertThat(e.messageEn()).contains("already taken");
            });
    assertThat(users.list()).hasSize(1);
  }

  @Test
  void anUnknownDepartmentOrRoleIsRefused() {
    assertThatThrownBy(() -> users.create(details("taro", 999_999L), "correct-horse-1"))
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("department.unknown"));
    UserDetails withBadRole =
        new UserDetails("hanako", "花子", null, null, null, Set.of("user", "wizard"));
    assertThatThrownBy(() -> users.create(withBadRole, "correct-horse-1"))
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("user.unknown-role"));
    assertThat(users.find("taro")).isEmpty();
  }

  @Test
  void thePasswordPolicyRefusesShortPasswordsAndTheLoginId() {
    assertThatThrownBy(() -> users.create(details("taro", null), "short"))
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("password.too-short"));
    assertThatThrownBy(() -> users.create(details("taro-yamada", null), "TARO-YAMADA"))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> assertThat(e.code()).isEqualTo("password.equals-login-id"));
  }

  @Test
  void anInactiveUserHasNoHashForLoginAndAResetPasswordIsNewAndValid() {
    User u = users.create(details("taro", null), "correct-horse-1");

    String reset = users.resetPassword(u.id());
    assertThat(reset).hasSizeGreaterThanOrEqualTo(16);
    assertThat(users.passwordHashOfActive("taro")).contains("hashed:" + reset);

    users.setActive(u.id(), false);
    assertThat(users.passwordHashOfActive("taro")).isEmpty();
    assertThat(users.find("taro").orElseThrow().active()).isFalse();
  }

  @Test
  void theLastActiveAdministratorCannotBeDeactivatedNorLoseTheAdminRole() {
    UserDetails admin = new UserDetails("boss", "管理 花子", null, "ja", null, Set.of("admin", "user"));
    UserDetails second =
        new UserDetails("deputy", "副 管理", null, "ja", null, Set.of("admin", "user"));
    User boss = users.create(admin, "correct-horse-1");
    User deputy = users.create(second, "correct-horse-2");
    users.setActive(deputy.id(), false);

    assertThatThrownBy(() -> users.setActive(boss.id(), false))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("user.last-administrator");
              assertThat(e.messageJa()).contains("最後の有効な管理者");
              assertThat(e.messageEn()).contains("last active administrator");
            });
    UserDetails demoted = new UserDetails("boss", "管理 花子", null, "ja", null, Set.of("user"));
    assertThatThrownBy(() -> users.update(boss.id(), demoted))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> assertThat(e.code()).isEqualTo("user.last-administrator"));
    User unchanged = users.find("boss").orElseThrow();
    assertThat(unchanged.active()).isTrue();
    assertThat(unchanged.roles()).contains("admin");

    // With a second active administrator, either change is allowed.
    users.setActive(deputy.id(), true);
    users.update(boss.id(), demoted);
    assertThat(users.find("boss").orElseThrow().roles()).containsExactly("user");
    assertThatThrownBy(() -> users.setActive(deputy.id(), false))
        .isInstanceOf(IdentityException.class);
  }

  @Test
  void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOneActive() throws Exception {
    User boss =
        users.create(
            new UserDetails("boss2", "管理 一", null, "ja", null, Set.of("admin")), "correct-horse-1");
    User deputy =
        users.create(
            new UserDetails("deputy2", "管理 二", null, "ja", null, Set.of("admin")),
            "correct-horse-2");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Future<Boolean> a = pool.submit(() -> deactivate(start, boss.id()));
        java.util.concurrent.Future<Boolean> b = pool.submit(() -> deactivate(start, deputy.id()));
        boolean first = a.get(30, java.util.concurrent.TimeUnit.SECONDS);
        boolean second = b.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(first ^ second)
            .as("round " + round + ": exactly one of the two succeeds")
            .isTrue();
        assertThat(
                users.list().stream()
                    .filter(u -> u.active() && u.roles().contains("admin"))
                    .count())
            .as("round " + round)
            .isEqualTo(1);
        users.setActive(boss.id(), true);
        users.setActive(deputy.id(), true);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Deactivates the user when both threads are ready; false when refused as the last admin. */
  private boolean deactivate(java.util.concurrent.CyclicBarrier start, long id) throws Exception {
    start.await(10, java.util.concurrent.TimeUnit.SECONDS);
    try {
      users.setActive(id, false);
      return true;
    } catch (IdentityException e) {
      assertThat(e.code()).isEqualTo("user.last-administrator");
      return false;
    }
  }

  @Test
  void aNewRoleCanBeGrantedAndBadOrDuplicateNamesAreRefused() {
    Roles roles = new Roles(ds);
    roles.create("branch_manager", "支店長", "Branch manager");
    assertThat(roles.names()).contains("branch_manager", "user", "admin");
    User u =
        users.create(
            new UserDetails("shiten", "支店 長", null, "ja", null, Set.of("user", "branch_manager")),
            "correct-horse-3");
    assertThat(users.find("shiten").orElseThrow().roles()).contains("branch_manager");
    assertThat(u.id()).isPositive();
    assertThatThrownBy(() -> roles.create("branch_manager", "重複", null))
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("role.duplicate"));
    assertThatThrownBy(() -> roles.create("Bad Name'", null, null))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("role.name-invalid");
              assertThat(e.messageJa()).contains("ロール名");
            });
  }

  @Test
  void aRoleIsRelabelledAndDeletedOnlyWhenNoUserHoldsItAndNothingNamesIt() {
    Roles roles = new Roles(ds);
    roles.create("area_lead", "エリア長", "Area lead");
    assertThat(roles.relabel("area_lead", "地区責任者", ""))
        .isEqualTo(new Role("area_lead", "地区責任者", "地区責任者"));
    assertThat(roles.list()).contains(new Role("area_lead", "地区責任者", "地区責任者"));

    User holder =
        users.create(
            new UserDetails("chiku", "地区 長", null, "ja", null, Set.of("user", "area_lead")),
            "correct-horse-3");
    assertThatThrownBy(() -> roles.delete("area_lead", List.of()))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("role.in-use");
              assertThat(e.messageJa()).contains("1 人");
            });
    users.setActive(holder.id(), false);
    assertThatThrownBy(() -> roles.delete("area_lead", List.of()))
        .as("an inactive user still holds it")
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("role.in-use"));
    users.update(holder.id(), new UserDetails("chiku", "地区 長", null, "ja", null, Set.of("user")));

    assertThatThrownBy(() -> roles.delete("area_lead", List.of("area_sets")))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("role.named-by-metadata");
              assertThat(e.messageEn()).contains("area_sets");
            });
    assertThatThrownBy(() -> roles.delete("admin", List.of()))
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("role.built-in"));
    assertThat(roles.names()).contains("area_lead", "admin");

    roles.delete("area_lead", List.of());
    assertThat(roles.names()).doesNotContain("area_lead");
    assertThatThrownBy(() -> roles.delete("area_lead", List.of()))
        .isInstanceOfSatisfying(
            IdentityException.class, e -> assertThat(e.code()).isEqualTo("role.not-found"));
  }

  @Test
  void departmentsFormATreeAndACycleIsRefused() {
    Department head = departments.create("本社", null);
    Department sales = departments.create("営業部", head.id());
    Department tokyo = departments.create("東京営業所", sales.id());

    assertThatThrownBy(() -> departments.move(head.id(), tokyo.id()))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> {
              assertThat(e.code()).isEqualTo("department.cycle");
              assertThat(e.messageJa()).contains("配下");
            });
    assertThatThrownBy(() -> departments.move(sales.id(), sales.id()))
        .isInstanceOf(IdentityException.class);
    assertThat(departments.find(head.id()).orElseThrow().parentId()).isNull();

    departments.move(tokyo.id(), head.id());
    departments.rename(tokyo.id(), "東京支社");
    assertThat(departments.find(tokyo.id()).orElseThrow())
        .isEqualTo(new Department(tokyo.id(), "東京支社", head.id()));
  }

  @Test
  void theFifthFailureLocksForTheConfiguredTimeThenTheCountStartsOver() {
    MutableClock clock = new MutableClock();
    LoginLockout lockout = new LoginLockout(ds, 5, Duration.ofMinutes(15), clock);

    for (int i = 0; i < 4; i++) {
      assertThat(lockout.recordFailure("taro")).isFalse();
    }
    assertThat(lockout.isLocked("taro")).isFalse();
    assertThat(lockout.recordFailure("taro")).isTrue();
    assertThat(lockout.isLocked("taro")).isTrue();
    assertThat(lockout.isLocked("someone-else")).isFalse();

    clock.now = clock.now.plus(Duration.ofMinutes(16));
    assertThat(lockout.isLocked("taro")).isFalse();
    assertThat(lockout.recordFailure("taro")).isFalse();

    lockout.recordSuccess("taro");
    for (int i = 0; i < 4; i++) {
      lockout.recordFailure("taro");
    }
    assertThat(lockout.isLocked("taro")).isFalse();
  }

  @Test
  void theLoginAuditKeepsWhoWhenWhereAndOutcome() {
    LoginAudit audit = new LoginAudit(ds);
    audit.record("taro", "192.0.2.1", LoginAudit.Outcome.FAILURE);
    audit.record("taro", "192.0.2.1", LoginAudit.Outcome.SUCCESS);

    assertThat(audit.latest(10))
        .extracting(LoginAudit.Entry::outcome)
        .containsExactly("SUCCESS", "FAILURE");
    assertThat(audit.latest(1).get(0).sourceIp()).isEqualTo("192.0.2.1");
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-04-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
