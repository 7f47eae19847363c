package io.tsumugi.core.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The department tree ({@code sys_department.parent_id}), read whole: a CRM has tens or hundreds of
 * departments, so descendants and ancestors are computed in Java and bound as parameters.
 */
final class DepartmentTree {

  private final Map<Long, Long> parentOf = new HashMap<>();
  private final Map<Long, List<Long>> children = new HashMap<>();
  private final Map<String, List<Long>> byName = new HashMap<>();

  static DepartmentTree read(Connection c) throws SQLException {
    DepartmentTree t = new DepartmentTree();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id, name, parent_id FROM sys_department");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        long parent = rs.getLong(3);
        Long p = rs.wasNull() ? null : parent;
        t.parentOf.put(id, p);
        t.children.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(id);
        t.byName.computeIfAbsent(rs.getString(2), k -> new java.util.ArrayList<>()).add(id);
      }
    }
    return t;
  }

  /** The departments below {@code id}, not {@code id} itself. */
  Set<Long> descendants(Long id) {
    Set<Long> out = new LinkedHashSet<>();
    if (id == null) {
      return out;
    }
    Deque<Long> todo = new ArrayDeque<>(children.getOrDefault(id, List.of()));
    while (!todo.isEmpty()) {
      Long next = todo.pop();
      if (out.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return out;
  }

  /** {@code id} and the departments below it. */
  Set<Long> subtree(Long id) {
    Set<Long> out = new LinkedHashSet<>();
    if (id != null) {
      out.add(id);
      out.addAll(descendants(id));
    }
    return out;
  }

  /** The departments above {@code id}, nearest first. */
  List<Long> ancestors(Long id) {
    List<Long> out = new java.util.ArrayList<>();
    Long p = id == null ? null : parentOf.get(id);
    while (p != null && !out.contains(p)) {
      out.add(p);
      p = parentOf.get(p);
    }
    return out;
  }

  /** The departments with this name (names are not unique). */
  List<Long> named(String name) {
    return byName.getOrDefault(name, List.of());
  }
}
