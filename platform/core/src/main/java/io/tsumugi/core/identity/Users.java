package io.tsumugi.core.identity;

import io.tsumugi.core.security.GeneratedPassword;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Users in {@code sys_user}: create, change, deactivate and reset passwords, with validation errors
 * in Japanese and English. Passwords are hashed by the given function (PBKDF2 in the server).
 */
public final class Users {

  private static final String ADMIN = io.tsumugi.core.security.Roles.ADMIN;

  private static final String COLUMNS =
      "id, login_id, display_name, email, locale, department_id, roles, active";

  private final DataSource dataSource;
  private final Departments departments;
  private final PasswordPolicy policy;
  private final UnaryOperator<String> hasher;

  public Users(DataSource dataSource, PasswordPolicy policy, UnaryOperator<String> hasher) {
    this.dataSource = dataSource;
    this.departments = new Departments(dataSource);
    this.policy = policy;
    this.hasher = hasher;
  }

  /** All users, by login id. */
  public List<User> list() {
    return query("SELECT " + COLUMNS + " FROM sys_user ORDER BY login_id", null);
  }

  public Optional<User> find(String loginId) {
    return query("SELECT " + COLUMNS + " FROM sys_user WHERE login_id = ?", loginId).stream()
        .findFirst();
  }

  /** The stored password hash of an active user, for the login check. */
  public Optional<String> passwordHashOfActive(String loginId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT password_hash FROM sys_user WHERE login_id = ? AND active = TRUE")) {
      s.setString(1, loginId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot read a user", e);
    }
  }

  /** Creates an active user with {@code password}, which must satisfy the policy. */
  public User create(UserDetails details, String password) {
    validate(details, null);
    policy.check(details.loginId(), password);
    try (Connection c = dataSource.getConnection()) {
      long id = nextId(c);
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO sys_user (id, login_id, display_name, email, locale, department_id,"
                  + " roles, password_hash, active, created_at, row_version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 0)")) {
        s.setLong(1, id);
        bindDetails(s, 2, details);
        s.setString(8, hasher.apply(password));
        s.setTimestamp(9, Timestamp.from(Instant.now()));
        s.executeUpdate();
      }
      return new User(id, details, true);
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot create a user", e);
    }
  }

  /** Changes what an administrator sets on the user {@code id}. */
  public void update(long id, UserDetails details) {
    validate(details, id);
    change(
        id,
        details.roles().contains(ADMIN),
        "UPDATE sys_user SET login_id = ?, display_name = ?, email = ?, locale = ?,"
            + " department_id = ?, roles = ?, row_version = row_version + 1 WHERE id = ?",
        s -> {
          bindDetails(s, 1, details);
          s.setLong(7, id);
        });
  }

  /** Lets the user log in, or not. */
  public void setActive(long id, boolean active) {
    change(
        id,
        active,
        "UPDATE sys_user SET active = ?, row_version = row_version + 1 WHERE id = ?",
        s -> {
          s.setBoolean(1, active);
          s.setLong(2, id);
        });
  }

  /** Sets {@code password}, which must satisfy the policy. */
  public void changePassword(long id, String password) {
    String loginId =
        list().stream()
            .filter(u -> u.id() == id)
            .findFirst()
            .orElseThrow(() -> unknownUser(id))
            .loginId();
    policy.check(loginId, password);
    execute(
        "UPDATE sys_user SET password_hash = ?, row_version = row_version + 1 WHERE id = ?",
        s -> {
          s.setString(1, hasher.apply(password));
          s.setLong(2, id);
        });
  }

  /** Sets a new generated password and returns it, to be shown once. */
  public String resetPassword(long id) {
    String password = GeneratedPassword.generate(Math.max(16, policy.minLength()));
    changePassword(id, password);
    return password;
  }

  /**
   * Changes user {@code id} in one transaction. When the user may stop being an active
   * administrator ({@code staysAdmin} false), it first locks every active user's row and refuses a
   * change that would leave no active administrator: nobody could then reach the console to undo
   * it. The lock makes two administrators demoting each other at the same moment take turns, so the
   * second sees the first's change and is refused.
   */
  private void change(long id, boolean staysAdmin, String sql, Binder binder) {
    try (Connection c = dataSource.getConnection()) {
      boolean own = c.getAutoCommit(); // otherwise the caller's JTA transaction holds the lock
      if (own) {
        c.setAutoCommit(false);
      }
      try {
        if (!staysAdmin) {
          keepAnActiveAdministrator(c, id);
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
          binder.bind(s);
          if (s.executeUpdate() == 0) {
            throw unknownUser(id);
          }
        }
        if (own) {
          c.commit();
        }
      } catch (RuntimeException | SQLException e) {
        if (own) {
          c.rollback();
        }
        throw e;
      } finally {
        if (own) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot change a user", e);
    }
  }

  private static void keepAnActiveAdministrator(Connection c, long id) throws SQLException {
    List<Long> admins = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id, roles FROM sys_user WHERE active = TRUE ORDER BY id FOR UPDATE");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        if (roles(rs.getString(2)).contains(ADMIN)) {
          admins.add(rs.getLong(1));
        }
      }
    }
    if (admins.contains(id) && admins.size() == 1) {
      throw new IdentityException(
          "user.last-administrator",
          "最後の有効な管理者は無効にできず、管理者ロールも外せません。先に別のユーザーを管理者にしてください。",
          "The last active administrator cannot be deactivated or lose the admin role;"
              + " make another user an administrator first.");
    }
  }

  private static Set<String> roles(String column) {
    return Arrays.stream(column == null ? new String[0] : column.split(","))
        .map(String::trim)
        .filter(r -> !r.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private void validate(UserDetails d, Long ownId) {
    if (d.loginId() == null || !d.loginId().matches("[A-Za-z0-9._@-]{1,80}")) {
      throw new IdentityException(
          "user.login-id-invalid",
          "ログイン ID は 1〜80 文字の半角英数字と . _ @ - で入力してください。",
          "The login id must be 1 to 80 letters, digits or . _ @ -.");
    }
    if (d.displayName() == null || d.displayName().isBlank()) {
      throw new IdentityException("user.name-required", "表示名を入力してください。", "Enter a display name.");
    }
    if (d.locale() != null && !Set.of("ja", "en").contains(d.locale())) {
      throw new IdentityException(
          "user.locale-invalid", "言語は ja か en です。", "The language is ja or en.");
    }
    Optional<User> sameLogin = find(d.loginId());
    if (sameLogin.isPresent() && !Long.valueOf(sameLogin.get().id()).equals(ownId)) {
      throw new IdentityException(
          "user.duplicate-login-id",
          "ログイン ID「" + d.loginId() + "」は既に使われています。",
          "The login id '" + d.loginId() + "' is already taken.");
    }
    departments.requireKnown(d.departmentId());
    Set<String> unknown = new TreeSet<>(d.roles());
    unknown.removeAll(new Roles(dataSource).names());
    if (!unknown.isEmpty()) {
      throw new IdentityException(
          "user.unknown-role", "ロール " + unknown + " は存在しません。", "There is no role " + unknown + ".");
    }
  }

  private static void bindDetails(PreparedStatement s, int from, UserDetails d)
      throws SQLException {
    s.setString(from, d.loginId());
    s.setString(from + 1, d.displayName().strip());
    s.setString(from + 2, d.email() == null || d.email().isBlank() ? null : d.email().strip());
    s.setString(from + 3, d.locale());
    Departments.setNullableLong(s, from + 4, d.departmentId());
    s.setString(from + 5, String.join(",", new TreeSet<>(d.roles())));
  }

  /**
   * A fresh id: JPA (the first administrator) takes blocks of 50 ending at the sequence value, so
   * taking the value itself never collides with one of its blocks.
   */
  private static long nextId(Connection c) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                postgres
                    ? "SELECT nextval('sys_user_seq')"
                    : "VALUES NEXT VALUE FOR sys_user_seq")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<User> query(String sql, String parameter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<User> out = new ArrayList<>();
        while (rs.next()) {
          long department = rs.getLong(6);
          Long departmentId = rs.wasNull() ? null : department;
          Set<String> roles = roles(rs.getString(7));
          out.add(
              new User(
                  rs.getLong(1),
                  new UserDetails(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      departmentId,
                      roles),
                  rs.getBoolean(8)));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot read users", e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private void execute(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      if (s.executeUpdate() == 0) {
        throw new IdentityException("user.unknown", "ユーザーが見つかりません。", "There is no such user.");
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot change a user", e);
    }
  }

  private static IdentityException unknownUser(long id) {
    return new IdentityException(
        "user.unknown", "ユーザー（ID " + id + "）が見つかりません。", "There is no user with id " + id + ".");
  }
}
