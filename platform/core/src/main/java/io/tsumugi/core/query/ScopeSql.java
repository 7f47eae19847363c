package io.tsumugi.core.query;

import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link RowScope} as a SQL condition on the entity table aliased {@code t}: the owner's id and
 * the department ids are bind parameters, owners of departments are found through {@code
 * sys_user(department_id, id)}'s index, sharing filters are rendered like any filter. A sharing
 * filter that no longer fits the metadata matches nothing rather than failing the call.
 */
public final class ScopeSql {

  final String condition;
  final List<Bind> binds = new ArrayList<>();

  ScopeSql(MetadataPackage pkg, EntityDef e, RowScope scope) {
    this.condition = render(pkg, e, scope);
  }

  private String render(MetadataPackage pkg, EntityDef e, RowScope scope) {
    if (scope.all()) {
      return "1=1";
    }
    String owner = FieldPath.MAIN_ALIAS + ".owner_id";
    List<String> any = new ArrayList<>();
    if (scope.ownerId() != null) {
      any.add(owner + " = ?");
      binds.add(Bind.id(scope.ownerId()));
    }
    if (!scope.ownerDepartments().isEmpty()) {
      List<String> marks = new ArrayList<>();
      for (Long d : scope.ownerDepartments().stream().sorted().toList()) {
        marks.add("?");
        binds.add(Bind.id(d));
      }
      any.add(
          owner
              + " IN (SELECT u.id FROM sys_user u WHERE u.department_id IN ("
              + String.join(", ", marks)
              + "))");
    }
    for (Filter f : scope.shared()) {
      WhereSql w = new WhereSql(pkg, e, f);
      if (w.errors.isEmpty() && w.joins.isEmpty()) {
        any.add(w.condition);
        binds.addAll(w.binds);
      }
    }
    return any.isEmpty() ? "1=0" : "(" + String.join(" OR ", any) + ")";
  }

  /** Whether record {@code id} of {@code e} exists and lies in {@code scope}. */
  public static boolean contains(
      Connection c, MetadataPackage pkg, EntityDef e, RowScope scope, long id) throws SQLException {
    ScopeSql s = new ScopeSql(pkg, e, scope);
    String sql =
        "SELECT 1 FROM "
            + SqlNames.table(e.name())
            + " "
            + FieldPath.MAIN_ALIAS
            + " WHERE "
            + FieldPath.MAIN_ALIAS
            + ".id = ? AND "
            + s.condition;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      List<Bind> binds = new ArrayList<>();
      binds.add(Bind.id(id));
      binds.addAll(s.binds);
      Bind.all(ps, binds);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * {@code scope} as a condition on {@code e}'s table aliased {@code t}, for statements built
   * outside this package (rollups summarize only the children the reader may read).
   */
  public static Condition condition(MetadataPackage pkg, EntityDef e, RowScope scope) {
    ScopeSql s = new ScopeSql(pkg, e, scope);
    return new Condition(s.condition, List.copyOf(s.binds));
  }

  /** A rendered scope: its SQL and its bind parameters. */
  public static final class Condition {
    private final String sql;
    private final List<Bind> binds;

    private Condition(String sql, List<Bind> binds) {
      this.sql = sql;
      this.binds = binds;
    }

    /** The condition, on the table aliased {@code t}. */
    public String sql() {
      return sql;
    }

    /** Binds the parameters from index {@code from}; returns the next free index. */
    public int bind(PreparedStatement ps, int from) throws SQLException {
      return Bind.all(ps, from, binds);
    }
  }
}
