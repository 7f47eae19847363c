package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One page of a {@link RecordQuery}, checked against metadata before any SQL runs: by page number
 * (LIMIT/OFFSET, for screens) or after a keyset cursor (deep pages cost what page 1 costs). One
 * record more than the page is read to know whether a next page exists.
 */
final class PageSql {

  private final SelectSql select;
  private final WhereSql where;
  private final List<FieldPath> keys;
  private final List<Boolean> descending;
  private final String signature;
  private final int pageSize;
  private final long offset;
  private final List<Object> cursor;

  private PageSql(
      SelectSql select,
      WhereSql where,
      List<FieldPath> keys,
      List<Boolean> descending,
      String signature,
      int pageSize,
      long offset,
      List<Object> cursor) {
    this.select = select;
    this.where = where;
    this.keys = keys;
    this.descending = descending;
    this.signature = signature;
    this.pageSize = pageSize;
    this.offset = offset;
    this.cursor = cursor;
  }

  static PageSql plan(
      MetadataPackage pkg, EntityDef e, RecordQuery q, io.tsumugi.core.access.RowScope scope) {
    List<FieldError> errors = new ArrayList<>();
    if (q.pageSize() < 1 || q.pageSize() > 500) {
      errors.add(QueryMessages.pageSize(q.pageSize()));
    }
    if (q.after() == null && q.page() != null && q.page() < 1) {
      errors.add(QueryMessages.pageNumber(q.page()));
    }
    if (q.sort().size() > 5) {
      errors.add(QueryMessages.tooManySortKeys());
    }
    List<FieldPath> keys = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    for (SortKey k : q.sort().subList(0, Math.min(5, q.sort().size()))) {
      FieldPath p = FieldPath.resolve(pkg, e, k.field(), FieldPath.Use.SORT, errors);
      if (p != null && !p.path().equals("id")) {
        keys.add(p);
        descending.add(k.descending());
      }
    }
    // The id ends every order, in the direction of the last key, so (column, id) indexes serve it.
    keys.add(FieldPath.id());
    descending.add(descending.isEmpty() ? idDescending(q) : descending.get(descending.size() - 1));
    WhereSql where = new WhereSql(pkg, e, q.filter(), scope);
    errors.addAll(where.errors);
    String signature = Keyset.signature(e.name(), q.sort());
    List<Object> cursor = null;
    if (q.after() != null) {
      cursor = Keyset.decode(q.after(), signature, keys);
      if (cursor == null) {
        errors.add(QueryMessages.badCursor());
      }
    }
    QueryService.throwIfAny(errors);
    long offset = q.after() == null && q.page() != null ? (q.page() - 1L) * q.pageSize() : 0;
    return new PageSql(
        new SelectSql(pkg, e), where, keys, descending, signature, q.pageSize(), offset, cursor);
  }

  private static boolean idDescending(RecordQuery q) {
    return q.sort().stream().anyMatch(k -> "id".equals(k.field()) && k.descending());
  }

  SelectSql select() {
    return select;
  }

  WhereSql where() {
    return where;
  }

  /** Reads the page into {@code out}; returns the cursor of the next page or {@code null}. */
  String read(Connection c, List<Record> out) throws SQLException {
    List<Object> lastValues = null;
    List<Keyset.Segment> segments =
        cursor == null
            ? List.of(new Keyset.Segment("1=1", List.of()))
            : Keyset.after(keys, descending, cursor);
    int wanted = pageSize + 1;
    boolean more = false;
    for (Keyset.Segment segment : segments) {
      String sql =
          "SELECT "
              + select.columns(keys)
              + " FROM "
              + select.from(joins())
              + " WHERE "
              + where.condition
              + " AND "
              + segment.condition()
              + " ORDER BY "
              + SelectSql.orderBy(keys, descending)
              + " LIMIT "
              + (wanted - out.size())
              + (offset > 0 ? " OFFSET " + offset : "");
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        List<Bind> binds = new ArrayList<>(where.binds);
        binds.addAll(segment.binds());
        Bind.all(ps, binds);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (out.size() == pageSize) {
              more = true;
              break;
            }
            out.add(select.read(rs));
            lastValues = SelectSql.sortValues(rs, keys);
          }
        }
      }
      if (more || out.size() == pageSize && segment == segments.get(segments.size() - 1)) {
        break;
      }
      if (out.size() == pageSize) {
        // The page is full; one more row in a later segment decides whether a next page exists.
        more = exists(c, segments.subList(segments.indexOf(segment) + 1, segments.size()));
        break;
      }
    }
    return more ? Keyset.encode(signature, lastValues) : null;
  }

  private boolean exists(Connection c, List<Keyset.Segment> rest) throws SQLException {
    for (Keyset.Segment segment : rest) {
      String sql =
          "SELECT 1 FROM "
              + select.from(joins())
              + " WHERE "
              + where.condition
              + " AND "
              + segment.condition()
              + " LIMIT 1";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        List<Bind> binds = new ArrayList<>(where.binds);
        binds.addAll(segment.binds());
        Bind.all(ps, binds);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Set<FieldDef> joins() {
    Set<FieldDef> joins = new LinkedHashSet<>(where.joins);
    joins.addAll(select.nameJoins());
    for (FieldPath k : keys) {
      if (k.lookup() != null) {
        joins.add(k.lookup());
      }
    }
    return joins;
  }
}
