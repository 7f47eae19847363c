package io.tsumugi.core.access;

import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.query.ScopeSql;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists the reasons a user may see a record, from the same {@link CallerAccess} the services use:
 * each rule of {@link CallerAccess}'s visibility is tested on its own, so the answer names every
 * path that opens the record, not only the first.
 */
final class AccessExplainer {

  private final Connection c;
  private final MetadataPackage pkg;
  private final AccessPolicy policy;

  AccessExplainer(Connection c, MetadataPackage pkg, AccessPolicy policy) {
    this.c = c;
    this.pkg = pkg;
    this.policy = policy;
  }

  AccessExplanation explain(String loginId, EntityDef e, long id) throws SQLException {
    CallerContext user = user(loginId);
    CallerAccess a = policy.of(c, user, pkg);
    Owner owner = owner(e, id);
    boolean canRead = owner.exists() && ScopeSql.contains(c, pkg, e, a.readScope(e), id);
    boolean canWrite =
        canRead
            && a.permission(e.name()).update()
            && ScopeSql.contains(c, pkg, e, a.writeScope(e), id);
    List<AccessExplanation.Reason> reasons = new ArrayList<>();
    if (owner.exists()) {
      reasons(a, e, id, owner, reasons);
    }
    return new AccessExplanation(loginId, e.name(), id, owner.exists(), canRead, canWrite, reasons);
  }

  private void reasons(
      CallerAccess a, EntityDef e, long id, Owner owner, List<AccessExplanation.Reason> out)
      throws SQLException {
    EntityPermission p = a.permission(e.name());
    Visibility v = pkg.security().visibilityOf(e.name());
    if (a.isAdmin()) {
      out.add(reason("admin", null, true, "管理者はすべてのレコードを扱えます。", "Administrators may do anything."));
      return;
    }
    if (!p.read()) {
      out.add(
          reason(
              "noReadPermission",
              null,
              false,
              "どの権限セットもこのエンティティの参照を許可していません。",
              "No permission set of the user grants read on this entity."));
      return;
    }
    if (p.modifyAll() || p.viewAll()) {
      boolean rw = p.modifyAll();
      out.add(
          reason(
              rw ? "modifyAll" : "viewAll",
              null,
              rw,
              rw ? "権限セットの「すべて変更」による。" : "権限セットの「すべて参照」による。",
              rw ? "A permission set grants modify all." : "A permission set grants view all."));
    }
    if (v == Visibility.PUBLIC_READ || v == Visibility.PUBLIC_READ_WRITE || !e.owned()) {
      boolean rw = v == Visibility.PUBLIC_READ_WRITE || !e.owned();
      out.add(
          reason(
              "publicDefault",
              v.json(),
              rw,
              "既定の公開範囲が " + v.json() + " のため、全員が参照" + (rw ? "・変更" : "") + "できます。",
              "The default visibility is "
                  + v.json()
                  + ": everyone reads"
                  + (rw ? " and writes." : ".")));
    }
    if (owner.userId() != null && owner.userId().equals(user(a))) {
      out.add(reason("owner", null, true, "このユーザーが所有者です。", "The user owns the record."));
    }
    Long dept = a.departmentId();
    if (dept != null && owner.departmentId() != null && v != Visibility.PRIVATE) {
      if (dept.equals(owner.departmentId())) {
        out.add(
            reason(
                "department",
                null,
                true,
                "所有者と同じ部門に所属しています。",
                "The user is in the owner's department."));
      }
    }
    if (dept != null
        && owner.departmentId() != null
        && a.tree().ancestors(owner.departmentId()).contains(dept)) {
      boolean rw = v != Visibility.PRIVATE;
      out.add(
          reason(
              "ancestorDepartment",
              null,
              rw,
              "所有者の部門の上位部門に所属しています。",
              "The user is in a department above the owner's."));
    }
    for (SharingRule r : a.applying(e.name())) {
      RowScope only = new RowScope(false, null, Set.of(), List.of(CallerAccess.filter(r)));
      if (ScopeSql.contains(c, pkg, e, only, id)) {
        out.add(
            reason(
                "sharingRule",
                r.name(),
                r.readWrite(),
                "共有ルール「" + r.name() + "」による。",
                "The sharing rule \"" + r.name() + "\" shares it."));
      }
    }
    if (out.isEmpty()) {
      out.add(
          reason(
              "notShared",
              v.json(),
              false,
              "既定の公開範囲は " + v.json() + " で、所有者・部門・共有ルールのいずれにも当たりません。",
              "The default visibility is "
                  + v.json()
                  + " and neither ownership, department nor a sharing rule opens it."));
    }
  }

  private static Long user(CallerAccess a) {
    return a.userId();
  }

  private static AccessExplanation.Reason reason(
      String code, String detail, boolean rw, String ja, String en) {
    return new AccessExplanation.Reason(code, detail, rw, ja, en);
  }

  private record Owner(boolean exists, Long userId, Long departmentId) {}

  private Owner owner(EntityDef e, long id) throws SQLException {
    String sql =
        "SELECT t.owner_id, u.department_id FROM "
            + SqlNames.table(e.name())
            + " t LEFT JOIN sys_user u ON u.id = t.owner_id WHERE t.id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Owner(false, null, null);
        }
        long o = rs.getLong(1);
        Long ownerId = rs.wasNull() ? null : o;
        long d = rs.getLong(2);
        return new Owner(true, ownerId, rs.wasNull() ? null : d);
      }
    }
  }

  private CallerContext user(String loginId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, roles, department_id FROM sys_user WHERE login_id = ?")) {
      ps.setString(1, loginId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          String roles = rs.getString(2);
          Set<String> set =
              new TreeSet<>(
                  roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")));
          long d = rs.getLong(3);
          return new CallerContext(rs.getLong(1), loginId, set, rs.wasNull() ? null : d);
        }
      }
    }
    throw new IdentityException(
        "user.unknown",
        "ログイン ID「" + loginId.replaceAll("[^\\p{L}\\p{N}_.@-]", "?") + "」のユーザーはいません。",
        "There is no user with login id \""
            + loginId.replaceAll("[^\\p{L}\\p{N}_.@-]", "?")
            + "\".");
  }
}
