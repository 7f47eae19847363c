package io.tsumugi.core.access;

import io.tsumugi.core.console.ConsoleAudit;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Permission sets assigned to users directly ({@code sys_user_permission_set}): users are data, so
 * the assignment is too, while the sets themselves are metadata. Every change is written to the
 * console audit. An assignment naming a set the active metadata no longer has grants nothing.
 */
public final class PermissionSetAssignments {

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final ConsoleAudit audit;

  /** Assignments on the platform data source, checked against the active metadata. */
  public PermissionSetAssignments(
      DataSource dataSource, ActiveMetadata active, ConsoleAudit audit) {
    this.dataSource = dataSource;
    this.active = active;
    this.audit = audit;
  }

  /** The set names assigned to the user with {@code loginId}, in name order. */
  public List<String> of(String loginId) {
    try (Connection c = dataSource.getConnection()) {
      return assigned(c, userId(c, loginId));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read permission set assignments", e);
    }
  }

  /** Assigns a set to a user (nothing happens when it is assigned already). */
  public void assign(String actor, String loginId, String setName) {
    if (active.current().pkg().security().permissionSet(setName).isEmpty()) {
      throw new IdentityException(
          "permissionSet.unknown",
          "権限セット「" + safe(setName) + "」はありません。",
          "There is no permission set \"" + safe(setName) + "\".");
    }
    try (Connection c = dataSource.getConnection()) {
      long user = userId(c, loginId);
      if (assigned(c, user).contains(setName)) {
        return;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO sys_user_permission_set (user_id, permission_set) VALUES (?, ?)")) {
        ps.setLong(1, user);
        ps.setString(2, setName);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot assign a permission set", e);
    }
    audit.record(actor, "permissionSet.assign", loginId + " ← " + setName);
  }

  /** Takes a set from a user (nothing happens when it was not assigned). */
  public void unassign(String actor, String loginId, String setName) {
    int removed;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM sys_user_permission_set WHERE user_id = ? AND permission_set = ?")) {
      ps.setLong(1, userId(c, loginId));
      ps.setString(2, setName);
      removed = ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot unassign a permission set", e);
    }
    if (removed > 0) {
      audit.record(actor, "permissionSet.unassign", loginId + " → " + setName);
    }
  }

  static List<String> assigned(Connection c, long userId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT permission_set FROM sys_user_permission_set WHERE user_id = ?"
                + " ORDER BY permission_set")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static long userId(Connection c, String loginId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sys_user WHERE login_id = ?")) {
      ps.setString(1, loginId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    throw new IdentityException(
        "user.unknown",
        "ログイン ID「" + safe(loginId) + "」のユーザーはいません。",
        "There is no user with login id \"" + safe(loginId) + "\".");
  }

  private static String safe(String s) {
    return s == null ? "null" : s.replaceAll("[^\\p{L}\\p{N}_.@-]", "?");
  }
}
