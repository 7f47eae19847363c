package io.tsumugi.core.access;

import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.RelativeDate;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one caller may do, computed once per call by {@link AccessPolicy}. Permission sets only add:
 * the caller's entity permissions are the union of every set held, a field's access the widest.
 * Administrators may do everything; a package that declares no permission set lets every caller do
 * everything its visibility allows (the behaviour before permission sets).
 *
 * <p>Visibility of a record (read), by the entity's default:
 *
 * <ul>
 *   <li>publicReadWrite, publicRead: every record;
 *   <li>department: the caller's own, and those owned by users of the caller's department or any
 *       department below it;
 *   <li>private: the caller's own, and those owned by users of departments below the caller's;
 * </ul>
 *
 * plus the records of every sharing rule that applies to the caller, and all with viewAll. Writing:
 * publicReadWrite every record; publicRead and department as department reads; private only the
 * caller's own; plus read/write sharing rules, and all with modifyAll. A manager's department thus
 * reads its sub-departments' private records but does not change them.
 */
public final class CallerAccess {

  private final boolean admin;
  private final Long userId;
  private final Long departmentId;
  private final Set<String> roles;
  private final MetadataPackage pkg;
  private final SecurityDef security;
  private final List<PermissionSet> held;
  private final DepartmentTree tree;

  CallerAccess(
      boolean admin,
      Long userId,
      Long departmentId,
      Set<String> roles,
      MetadataPackage pkg,
      List<PermissionSet> held,
      DepartmentTree tree) {
    this.admin = admin;
    this.userId = userId;
    this.departmentId = departmentId;
    this.roles = Set.copyOf(roles);
    this.pkg = pkg;
    this.security = pkg.security();
    this.held = List.copyOf(held);
    this.tree = tree;
  }

  /** Whether the caller bypasses every check (role admin, or the platform itself). */
  public boolean isAdmin() {
    return admin;
  }

  /** The caller's department as read from {@code sys_user}, or {@code null}. */
  public Long departmentId() {
    return departmentId;
  }

  /** The permission sets the caller holds (by role or assignment). */
  public List<PermissionSet> permissionSets() {
    return held;
  }

  /** Whether permissions are open to everyone (admin, or no permission set declared). */
  private boolean open() {
    return admin || security.permissionSets().isEmpty();
  }

  /** The caller's permissions on an entity's records. */
  public EntityPermission permission(String entity) {
    if (admin) {
      return EntityPermission.ALL;
    }
    if (open()) {
      return new EntityPermission(true, true, true, true, true, true, false, false);
    }
    EntityPermission p = EntityPermission.NONE;
    for (PermissionSet s : held) {
      p = p.or(s.on(entity));
    }
    return p;
  }

  /**
   * The caller's access to one field. A computed field is hidden when anything it is made of is
   * hidden from the caller: a formula over a hidden field, a rollup over an entity the caller may
   * not read or over a hidden child field (otherwise the result would tell the hidden value).
   */
  public FieldAccess field(EntityDef e, FieldDef f) {
    if (open()) {
      return FieldAccess.EDIT;
    }
    FieldAccess a = granted(e, f);
    return a == FieldAccess.NONE || inputsVisible(e, f, new HashSet<>()) ? a : FieldAccess.NONE;
  }

  /** Whether every field computed field {@code f} is made of is visible (true for stored ones). */
  private boolean inputsVisible(EntityDef e, FieldDef f, Set<String> seen) {
    if (f.type() == null || !f.type().isComputed() || !seen.add(e.name() + "." + f.name())) {
      return true;
    }
    EntityDef source = e;
    if (f.type() == FieldType.ROLLUP) {
      Optional<EntityDef> child =
          Optional.ofNullable(f.options().childEntity()).flatMap(pkg::entity);
      if (child.isEmpty()) {
        return true;
      }
      if (!permission(child.get().name()).read()) {
        return false;
      }
      source = child.get();
    }
    for (String input : ComputedInputs.of(pkg, e, f)) {
      Optional<FieldDef> g = source.field(input);
      if (g.isPresent()
          && (granted(source, g.get()) == FieldAccess.NONE
              || !inputsVisible(source, g.get(), seen))) {
        return false;
      }
    }
    return true;
  }

  /** The access the caller's permission sets grant to one field, before its inputs count. */
  private FieldAccess granted(EntityDef e, FieldDef f) {
    FieldAccess a = FieldAccess.NONE;
    for (PermissionSet s : held) {
      if (s.on(e.name()).read()) {
        a = a.max(s.field(e.name(), f.name()));
      }
    }
    return a;
  }

  /** The names of the fields the caller may not see. */
  public Set<String> hiddenFields(EntityDef e) {
    Set<String> out = new LinkedHashSet<>();
    for (FieldDef f : e.fields()) {
      if (field(e, f) == FieldAccess.NONE) {
        out.add(f.name());
      }
    }
    return out;
  }

  /** {@code r} without the values (and lookup names) of the fields the caller may not see. */
  public Record strip(EntityDef e, Record r) {
    Set<String> hidden = hiddenFields(e);
    if (hidden.isEmpty()) {
      return r;
    }
    Map<String, Object> values = new LinkedHashMap<>(r.values());
    values.keySet().removeAll(hidden);
    Map<String, String> names = new LinkedHashMap<>(r.lookupNames());
    names.keySet().removeAll(hidden);
    return new Record(r.entity(), r.id(), r.version(), values, names);
  }

  /** The records the caller may read; {@link RowScope#NONE} without read permission. */
  public RowScope readScope(EntityDef e) {
    EntityPermission p = permission(e.name());
    if (!p.read()) {
      return RowScope.NONE;
    }
    Visibility v = security.visibilityOf(e.name());
    if (admin || p.viewAll() || p.modifyAll() || !e.owned()) {
      return RowScope.ALL;
    }
    return switch (v) {
      case PUBLIC_READ_WRITE, PUBLIC_READ -> RowScope.ALL;
      case DEPARTMENT -> scope(tree.subtree(departmentId), e, false);
      case PRIVATE -> scope(tree.descendants(departmentId), e, false);
    };
  }

  /** The records the caller may change or delete (the permission itself is checked apart). */
  public RowScope writeScope(EntityDef e) {
    EntityPermission p = permission(e.name());
    if (!p.read()) {
      return RowScope.NONE;
    }
    Visibility v = security.visibilityOf(e.name());
    if (admin || p.modifyAll() || !e.owned()) {
      return RowScope.ALL;
    }
    return switch (v) {
      case PUBLIC_READ_WRITE -> RowScope.ALL;
      case PUBLIC_READ, DEPARTMENT -> scope(tree.subtree(departmentId), e, true);
      case PRIVATE -> scope(Set.of(), e, true);
    };
  }

  private RowScope scope(Set<Long> departments, EntityDef e, boolean write) {
    List<Filter> shared = new ArrayList<>();
    for (SharingRule r : applying(e.name())) {
      if (!write || r.readWrite()) {
        shared.add(filter(r));
      }
    }
    return new RowScope(false, userId, departments, shared);
  }

  /** The sharing rules of {@code entity} that name the caller's role or department. */
  public List<SharingRule> applying(String entity) {
    List<SharingRule> out = new ArrayList<>();
    for (SharingRule r : security.sharingRules()) {
      if (entity.equals(r.entity()) && appliesToCaller(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private boolean appliesToCaller(SharingRule r) {
    if (r.role() != null) {
      return roles.contains(r.role());
    }
    if (r.department() == null || departmentId == null) {
      return false;
    }
    for (Long d : tree.named(r.department())) {
      if (d.equals(departmentId)
          || r.includeSubDepartments() && tree.descendants(d).contains(departmentId)) {
        return true;
      }
    }
    return false;
  }

  /** A sharing rule's filters as one query filter (every record when it has none). */
  static Filter filter(SharingRule r) {
    List<Filter> all = new ArrayList<>();
    for (ListView.Filter f : r.filters()) {
      all.add(Filter.listView(f.field(), f.operator(), values(f.value())));
    }
    return all.size() == 1 ? all.get(0) : new Filter.And(all);
  }

  private static List<Object> values(Object value) {
    if (value == null) {
      return List.of();
    }
    Clock clock = Clock.systemDefaultZone();
    if (value instanceof Collection<?> many) {
      return new ArrayList<>(many.stream().map(v -> RelativeDate.resolve(v, clock)).toList());
    }
    return List.of(RelativeDate.resolve(value, clock));
  }

  DepartmentTree tree() {
    return tree;
  }

  Long userId() {
    return userId;
  }

  Set<String> roles() {
    return roles;
  }

  SecurityDef security() {
    return security;
  }
}
