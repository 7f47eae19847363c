package io.tsumugi.core.access;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes a caller's {@link CallerAccess} from the security section of the active metadata and the
 * data: the user's department ({@code sys_user.department_id}, read here rather than trusted from
 * the caller), the permission sets assigned directly ({@code sys_user_permission_set}) and the
 * department tree. Three small reads per call, on the call's own connection, so a change to
 * departments or assignments holds from the next call without any cache to invalidate.
 */
public final class AccessPolicy {

  /** The role that bypasses every check. */
  public static final String ADMIN_ROLE = "admin";

  /** The caller's access on connection {@code c} under the security section of {@code pkg}. */
  public CallerAccess of(Connection c, CallerContext caller, MetadataPackage pkg)
      throws SQLException {
    SecurityDef security = pkg.security();
    boolean admin = caller.roles().contains(ADMIN_ROLE);
    if (admin) {
      return new CallerAccess(
          true, caller.userId(), caller.departmentId(), caller.roles(), pkg, List.of(), null);
    }
    Long department = null;
    Set<String> direct = new HashSet<>();
    if (caller.userId() != null) {
      department = department(c, caller.userId());
      direct.addAll(PermissionSetAssignments.assigned(c, caller.userId()));
    }
    List<PermissionSet> held = new ArrayList<>();
    for (PermissionSet s : security.permissionSets()) {
      if (direct.contains(s.name()) || s.roles().stream().anyMatch(caller.roles()::contains)) {
        held.add(s);
      }
    }
    return new CallerAccess(
        false, caller.userId(), department, caller.roles(), pkg, held, DepartmentTree.read(c));
  }

  private static Long department(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT department_id FROM sys_user WHERE id = ?")) {
      ps.setLong(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long d = rs.getLong(1);
        return rs.wasNull() ? null : d;
      }
    }
  }
}
