package io.tsumugi.core.query;

import io.tsumugi.core.access.AccessDeniedException;
import io.tsumugi.core.access.CallerAccess;
import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the query service does with the caller's access around its SQL: refuses entities the caller
 * may not read, refuses hidden fields in filters and sorts as unknown (so nothing tells them
 * apart), removes hidden values from the records read, and drops the display names of lookup
 * targets the caller may not read (the id stays).
 */
final class Visible {

  private Visible() {}

  /** The caller's read scope of {@code e}, or a 403 when the caller may not read it at all. */
  static RowScope readScope(CallerAccess a, EntityDef e) {
    if (!a.permission(e.name()).read()) {
      throw AccessDeniedException.operation(e.name(), "read");
    }
    return a.readScope(e);
  }

  /**
   * Refuses filters and sort keys naming fields the caller may not see, and paths through a lookup
   * ({@code account.name}) into an entity the caller may not read wholly: filtering or sorting on
   * them would tell the names of records the caller cannot see, one guess at a time.
   */
  static void refuseHidden(
      MetadataPackage pkg, CallerAccess a, EntityDef e, Filter filter, List<SortKey> sort) {
    Set<String> named = new LinkedHashSet<>();
    fields(filter, named);
    sort.forEach(k -> named.add(k.field()));
    Set<String> hidden = a.hiddenFields(e);
    List<FieldError> errors = new ArrayList<>();
    for (String path : named) {
      if (path == null) {
        continue;
      }
      String[] parts = path.split("\\.", 2);
      if (hidden.contains(parts[0])) {
        errors.add(QueryMessages.unknownField(e, path));
      } else if (parts.length == 2) {
        lookupTarget(pkg, e, parts[0])
            .flatMap(target -> throughLookup(a, e, path, target, parts[1]))
            .ifPresent(errors::add);
      }
    }
    QueryService.throwIfAny(errors);
  }

  private static Optional<EntityDef> lookupTarget(MetadataPackage pkg, EntityDef e, String field) {
    return e.field(field).filter(FieldDef::isLookup).flatMap(f -> pkg.entity(f.options().target()));
  }

  /** Why {@code path} may not be used: a field the caller cannot see, or records it cannot. */
  private static Optional<FieldError> throughLookup(
      CallerAccess a, EntityDef e, String path, EntityDef target, String field) {
    if (field.equals("id")) {
      return Optional.empty(); // the lookup's own value
    }
    if (!a.permission(target.name()).read() || a.hiddenFields(target).contains(field)) {
      return Optional.of(QueryMessages.unknownField(e, path));
    }
    if (!a.readScope(target).all()) {
      return Optional.of(QueryMessages.restrictedLookup(path, target));
    }
    return Optional.empty();
  }

  private static void fields(Filter f, Set<String> out) {
    if (f instanceof Filter.And a) {
      a.filters().forEach(x -> fields(x, out));
    } else if (f instanceof Filter.Or o) {
      o.filters().forEach(x -> fields(x, out));
    } else if (f instanceof Filter.Not n) {
      fields(n.filter(), out);
    } else if (f instanceof Filter.Condition c) {
      out.add(c.field());
    }
  }

  /**
   * The records without hidden values and without names of lookup targets the caller cannot read.
   */
  static List<Record> shown(
      Connection c, MetadataPackage pkg, CallerAccess a, EntityDef e, List<Record> records)
      throws SQLException {
    List<Record> out = new ArrayList<>(records.size());
    Map<String, Set<Long>> readable = readableTargets(c, pkg, a, e, records);
    for (Record r : records) {
      Map<String, String> names = new LinkedHashMap<>(r.lookupNames());
      names.entrySet().removeIf(n -> !readable(readable, n.getKey(), r.get(n.getKey())));
      out.add(a.strip(e, new Record(r.entity(), r.id(), r.version(), r.values(), names)));
    }
    return out;
  }

  private static boolean readable(Map<String, Set<Long>> readable, String lookup, Object id) {
    Set<Long> ids = readable.get(lookup);
    return ids == null || id instanceof Number n && ids.contains(n.longValue());
  }

  /** Per lookup whose target is not wholly readable: the target ids the caller may read. */
  private static Map<String, Set<Long>> readableTargets(
      Connection c, MetadataPackage pkg, CallerAccess a, EntityDef e, List<Record> records)
      throws SQLException {
    Map<String, Set<Long>> out = new LinkedHashMap<>();
    for (FieldDef f : e.fields()) {
      if (!f.isLookup() || !f.isStored()) {
        continue;
      }
      EntityDef target = pkg.entity(f.options().target()).orElse(null);
      if (target == null) {
        continue;
      }
      RowScope scope = a.permission(target.name()).read() ? a.readScope(target) : RowScope.NONE;
      if (scope.all()) {
        continue;
      }
      Set<Long> ids = new HashSet<>();
      for (Record r : records) {
        if (r.get(f.name()) instanceof Number n) {
          ids.add(n.longValue());
        }
      }
      out.put(f.name(), scope.isNone() ? Set.of() : visibleIds(c, pkg, target, scope, ids));
    }
    return out;
  }

  private static Set<Long> visibleIds(
      Connection c, MetadataPackage pkg, EntityDef target, RowScope scope, Set<Long> ids)
      throws SQLException {
    Set<Long> out = new HashSet<>();
    if (ids.isEmpty()) {
      return out;
    }
    ScopeSql s = new ScopeSql(pkg, target, scope);
    List<Bind> binds = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (Long id : ids) {
      marks.add("?");
      binds.add(Bind.id(id));
    }
    binds.addAll(s.binds);
    String sql =
        "SELECT t.id FROM "
            + SqlNames.table(target.name())
            + " t WHERE t.id IN ("
            + String.join(", ", marks)
            + ") AND "
            + s.condition;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bind.all(ps, binds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }
}
