package io.tsumugi.core.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The department tree in {@code sys_department}: create, rename and move without cycles. */
public final class Departments {

  private final DataSource dataSource;

  public Departments(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** All departments, by name. */
  public List<Department> list() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id, name, parent_id FROM sys_department ORDER BY name, id")) {
      List<Department> out = new ArrayList<>();
      while (rs.next()) {
        long parent = rs.getLong(3);
        Long parentId = rs.wasNull() ? null : parent;
        out.add(new Department(rs.getLong(1), rs.getString(2), parentId));
      }
      return out;
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot read departments", e);
    }
  }

  public Optional<Department> find(long id) {
    return list().stream().filter(d -> d.id() == id).findFirst();
  }

  /** Creates a department under {@code parentId} ({@code null}: a root). */
  public Department create(String name, Long parentId) {
    String checked = checkedName(name);
    requireKnown(parentId);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sys_department (name, parent_id) VALUES (?, ?)",
                new String[] {"id"})) {
      s.setString(1, checked);
      setNullableLong(s, 2, parentId);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return new Department(keys.getLong(1), checked, parentId);
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot create a department", e);
    }
  }

  public void rename(long id, String name) {
    String checked = checkedName(name);
    requireKnown(id);
    update("UPDATE sys_department SET name = ? WHERE id = ?", checked, id);
  }

  /** Moves a department under {@code newParentId}; refused if that would make a cycle. */
  public void move(long id, Long newParentId) {
    requireKnown(id);
    requireKnown(newParentId);
    Map<Long, Long> parents = new HashMap<>();
    list().forEach(d -> parents.put(d.id(), d.parentId()));
    Set<Long> seen = new HashSet<>();
    for (Long at = newParentId; at != null && seen.add(at); at = parents.get(at)) {
      if (at == id) {
        throw new IdentityException(
            "department.cycle",
            "部門をその部門自身または配下の部門の下に移動することはできません。",
            "A department cannot be moved under itself or one of its sub-departments.");
      }
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE sys_department SET parent_id = ? WHERE id = ?")) {
      setNullableLong(s, 1, newParentId);
      s.setLong(2, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot move a department", e);
    }
  }

  /** Refuses an id that names no department; {@code null} (no department) is accepted. */
  void requireKnown(Long id) {
    if (id != null && find(id).isEmpty()) {
      throw new IdentityException(
          "department.unknown",
          "部門（ID " + id + "）は存在しません。",
          "There is no department with id " + id + ".");
    }
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank()) {
      throw new IdentityException(
          "department.name-required", "部門名を入力してください。", "Enter a department name.");
    }
    return name.strip();
  }

  private void update(String sql, String name, long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, name);
      s.setLong(2, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot rename a department", e);
    }
  }

  static void setNullableLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }
}
