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
}
