package io.tsumugi.core.identity;

import io.tsumugi.metadata.model.SecurityDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The roles in {@code sys_role}. A role's name is its identity: users hold it ({@code
 * sys_user.roles}) and permission sets and sharing rules name it in the metadata, so it is not
 * renamed; its labels are. A role is deleted only when nothing holds or names it.
 */
public final class Roles {

  private final DataSource dataSource;

  public Roles(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<Role> list() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT name, label_ja, label_en FROM sys_role ORDER BY name")) {
      List<Role> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new Role(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
      return out;
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot read roles", e);
    }
  }

  public Set<String> names() {
    return list().stream().map(Role::name).collect(Collectors.toSet());
  }

  /**
   * Adds a role that users can then be given and that permission sets and sharing rules can name.
   * The name is lower-case letters, digits and underscores, starting with a letter.
   */
  public Role create(String name, String labelJa, String labelEn) {
    String n = name == null ? "" : name.strip();
    if (!n.matches("[a-z][a-z0-9_]{0,39}")) {
      throw new IdentityException(
          "role.name-invalid",
          "ロール名は英小文字で始まる 40 文字以内の英小文字・数字・_ で入力してください。",
          "A role name is up to 40 lower-case letters, digits or _, starting with a letter.");
    }
    Role r = labelled(n, labelJa, labelEn);
    if (names().contains(n)) {
      throw new IdentityException(
          "role.duplicate", "ロール「" + n + "」は既にあります。", "The role '" + n + "' already exists.");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sys_role (name, label_ja, label_en) VALUES (?, ?, ?)")) {
      s.setString(1, r.name());
      s.setString(2, r.labelJa());
      s.setString(3, r.labelEn());
      s.executeUpdate();
      return r;
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot create a role", e);
    }
  }

  /** The names no one may delete: the administrator role and the role every new user gets. */
  public static final Set<String> BUILT_IN = Set.of("admin", "user");

  /** Changes the labels of role {@code name}; a blank label falls back as on creation. */
  public Role relabel(String name, String labelJa, String labelEn) {
    Role r = labelled(name, labelJa, labelEn);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE sys_role SET label_ja = ?, label_en = ? WHERE name = ?")) {
      s.setString(1, r.labelJa());
      s.setString(2, r.labelEn());
      s.setString(3, name);
      if (s.executeUpdate() == 0) {
        throw notFound(name);
      }
      return r;
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot change a role", e);
    }
  }

  /**
   * Deletes role {@code name}. Refused for the built-in roles, while any user (active or not) holds
   * it, and while {@code namedBy} (the permission sets and sharing rules of the metadata that name
   * it, as the caller found them) is not empty. The users' rows are locked while they are checked,
   * so a user saved at the same moment waits and cannot be checked before the delete.
   */
  public void delete(String name, List<String> namedBy) {
    if (BUILT_IN.contains(name)) {
      throw new IdentityException(
          "role.built-in",
          "ロール「" + name + "」は組み込みのため削除できません。",
          "The role '" + name + "' is built in and cannot be deleted.");
    }
    if (!namedBy.isEmpty()) {
      throw new IdentityException(
          "role.named-by-metadata",
          "ロール「" + name + "」は " + String.join("、", namedBy) + " で使われているため削除できません。先にそこから外してください。",
          "The role '"
              + name
              + "' is named by "
              + String.join(", ", namedBy)
              + "; take it out of them first.");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long holders = holders(c, name);
        if (holders > 0) {
          throw new IdentityException(
              "role.in-use",
              "ロール「" + name + "」は " + holders + " 人のユーザーが持っているため削除できません。",
              "The role '"
                  + name
                  + "' is held by "
                  + holders
                  + " user(s), so it cannot be deleted.");
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sys_role WHERE name = ?")) {
          s.setString(1, name);
          if (s.executeUpdate() == 0) {
            throw notFound(name);
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot delete a role", e);
    }
  }

  private static long holders(Connection c, String role) throws SQLException {
    long n = 0;
    try (PreparedStatement s =
            c.prepareStatement("SELECT roles FROM sys_user ORDER BY id FOR UPDATE");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String roles = rs.getString(1);
        if (roles != null && java.util.Arrays.asList(roles.split(",")).contains(role)) {
          n++;
        }
      }
    }
    return n;
  }

  /** The permission sets and sharing rules of {@code security} that name {@code role}. */
  public static List<String> namedBy(SecurityDef security, String role) {
    List<String> out = new ArrayList<>();
    security.permissionSets().stream()
        .filter(p -> p.roles().contains(role))
        .forEach(p -> out.add(p.name()));
    security.sharingRules().stream()
        .filter(r -> role.equals(r.role()))
        .forEach(r -> out.add(r.name()));
    return out;
  }

  private static IdentityException notFound(String name) {
    return new IdentityException(
        "role.not-found", "ロール「" + name + "」はありません。", "There is no role '" + name + "'.");
  }

  /**
   * Role {@code name} with the labels typed: a blank Japanese label is the name, a blank English
   * one the Japanese; each is cut to the column's 200 characters.
   */
  private static Role labelled(String name, String labelJa, String labelEn) {
    String ja = labelJa == null || labelJa.isBlank() ? name : labelJa.strip();
    String en = labelEn == null || labelEn.isBlank() ? ja : labelEn.strip();
    return new Role(name, cut(ja), cut(en));
  }

  private static String cut(String label) {
    return label.length() > 200 ? label.substring(0, 200) : label;
  }
}
