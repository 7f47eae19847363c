package io.tsumugi.core.identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The roles in {@code sys_role}. */
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
    String ja = labelJa == null || labelJa.isBlank() ? n : labelJa.strip();
    String en = labelEn == null || labelEn.isBlank() ? ja : labelEn.strip();
    if (names().contains(n)) {
      throw new IdentityException(
          "role.duplicate", "ロール「" + n + "」は既にあります。", "The role '" + n + "' already exists.");
    }
    try (Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sys_role (name, label_ja, label_en) VALUES (?, ?, ?)")) {
      s.setString(1, n);
      s.setString(2, ja.length() > 200 ? ja.substring(0, 200) : ja);
      s.setString(3, en.length() > 200 ? en.substring(0, 200) : en);
      s.executeUpdate();
      return new Role(n, ja, en);
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot create a role", e);
    }
  }
}
