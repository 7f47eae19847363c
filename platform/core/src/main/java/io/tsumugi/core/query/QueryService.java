package io.tsumugi.core.query;

import io.tsumugi.core.access.AccessPolicy;
import io.tsumugi.core.access.CallerAccess;
import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.Rollups;
import io.tsumugi.core.records.ValueNormalizer;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads records for lists, lookups and search. Every field name is resolved through the active
 * metadata (unknown, non-filterable or non-sortable fields are refused with ja/en errors), every
 * value is a bind parameter converted like record input, counts stop at 10,001 rows, and each call
 * holds the metadata read lock so no apply changes the tables under it.
 */
public final class QueryService {

  /** Counts stop after this many rows. */
  public static final int COUNT_LIMIT = 10_001;

  private static final int MAX_PAGE_SIZE = 500;
  private static final int MAX_SORT_KEYS = 5;

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final AccessPolicy policy = new AccessPolicy();

  /** A service on this data source, serving the active metadata. */
  public QueryService(DataSource dataSource, ActiveMetadata active) {
    this.dataSource = dataSource;
    this.active = active;
  }

  /**
   * One page of the records matching the query, with the capped count and the cursor of the next
   * page.
   *
   * @throws QueryException when the query names fields it may not, or has values of the wrong type
   */
  public RecordPage query(CallerContext caller, String entity, RecordQuery query) {
    active.readLock().lock();
    try {
      MetadataPackage pkg = active.current().pkg();
      EntityDef e = active.entity(entity);
      try (Connection c = dataSource.getConnection()) {
        CallerAccess access = policy.of(c, caller, pkg);
        RowScope scope = Visible.readScope(access, e);
        Visible.refuseHidden(pkg, access, e, query.filter(), query.sort());
        PageSql plan = PageSql.plan(pkg, e, query, scope);
        long count = count(c, plan.select(), plan.where());
        List<Record> records = new ArrayList<>();
        String next = plan.read(c, records);
        return new RecordPage(
            Visible.shown(c, pkg, access, e, Rollups.fill(c, pkg, e, records, access::readScope)),
            Math.min(count, COUNT_LIMIT - 1),
            count >= COUNT_LIMIT,
            next);
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("Query on " + entity + " failed: " + ex.getMessage(), ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /**
   * How many records match {@code filter} ({@code null}: all), counting at most {@value
   * #COUNT_LIMIT}.
   */
  public long countCapped(CallerContext caller, String entity, Filter filter) {
    active.readLock().lock();
    try {
      MetadataPackage pkg = active.current().pkg();
      EntityDef e = active.entity(entity);
      try (Connection c = dataSource.getConnection()) {
        CallerAccess access = policy.of(c, caller, pkg);
        RowScope scope = Visible.readScope(access, e);
        Visible.refuseHidden(pkg, access, e, filter, List.of());
        WhereSql where = new WhereSql(pkg, e, filter, scope);
        throwIfAny(where.errors);
        return count(c, new SelectSql(pkg, e), where);
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("Count on " + entity + " failed: " + ex.getMessage(), ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /**
   * Records whose searchable fields or name contain {@code text} (ignoring case), for lookups and
   * quick find; at most {@code limit} (1 to 100), in name order.
   */
  public List<Record> search(CallerContext caller, String entity, String text, int limit) {
    active.readLock().lock();
    try (Connection c = dataSource.getConnection()) {
      MetadataPackage pkg = active.current().pkg();
      EntityDef e = active.entity(entity);
      CallerAccess access = policy.of(c, caller, pkg);
      RowScope scope = Visible.readScope(access, e);
      List<Record> found = TextSearch.records(c, pkg, e, scope, text, limit);
      return Visible.shown(c, pkg, access, e, Rollups.fill(c, pkg, e, found, access::readScope));
    } catch (SQLException ex) {
      throw new IllegalStateException("Search on " + entity + " failed: " + ex.getMessage(), ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /** Global search: up to {@code perEntity} hits in every entity that has searchable fields. */
  public List<SearchHit> searchAll(CallerContext caller, String text, int perEntity) {
    active.readLock().lock();
    try (Connection c = dataSource.getConnection()) {
      MetadataPackage pkg = active.current().pkg();
      CallerAccess access = policy.of(c, caller, pkg);
      List<SearchHit> hits = new ArrayList<>();
      for (EntityDef e : pkg.entities()) {
        RowScope scope = access.permission(e.name()).read() ? access.readScope(e) : RowScope.NONE;
        if (e.searchableFields().isEmpty() || scope.isNone()) {
          continue;
        }
        for (Record r : TextSearch.records(c, pkg, e, scope, text, perEntity)) {
          Object name = r.get(e.nameField());
          hits.add(new SearchHit(e.name(), r.id(), name == null ? null : name.toString()));
        }
      }
      return hits;
    } catch (SQLException ex) {
      throw new IllegalStateException("Global search failed: " + ex.getMessage(), ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /**
   * Telephony look-up: up to {@code perEntity} records of every entity with phone fields whose
   * phone equals {@code number}, written any way (normalised exactly as the record service stores
   * phone values). An empty list when the text is not a phone number.
   */
  public List<PhoneMatch> phoneLookup(CallerContext caller, String number, int perEntity) {
    java.util.Optional<String> canonical = ValueNormalizer.canonicalPhone(number);
    if (canonical.isEmpty()) {
      return List.of();
    }
    active.readLock().lock();
    try (Connection c = dataSource.getConnection()) {
      MetadataPackage pkg = active.current().pkg();
      CallerAccess access = policy.of(c, caller, pkg);
      return PhoneLookup.find(
          c,
          pkg,
          e -> access.permission(e.name()).read() ? access.readScope(e) : RowScope.NONE,
          canonical.get(),
          perEntity);
    } catch (SQLException ex) {
      throw new IllegalStateException("Phone look-up failed: " + ex.getMessage(), ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /**
   * Counts the records matching {@code filter} per value of {@code groupField} and sums {@code
   * sumField} over each group, over all records, not a page (the board's column totals). The
   * grouping field must be stored and filterable or a picklist; the summed one stored and numeric.
   *
   * @param sumField a numeric field, or {@code null} to count only
   * @throws QueryException when a field may not be used so
   */
  public List<GroupTotal> totals(
      CallerContext caller, String entity, Filter filter, String groupField, String sumField) {
    active.readLock().lock();
    try {
      MetadataPackage pkg = active.current().pkg();
      EntityDef e = active.entity(entity);
      try (Connection c = dataSource.getConnection()) {
        CallerAccess access = policy.of(c, caller, pkg);
        RowScope scope = Visible.readScope(access, e);
        List<SortKey> grouped = new ArrayList<>();
        grouped.add(new SortKey(groupField, false));
        if (sumField != null) {
          grouped.add(new SortKey(sumField, false));
        }
        Visible.refuseHidden(pkg, access, e, filter, grouped);
        WhereSql where = new WhereSql(pkg, e, filter, scope);
        List<FieldError> errors = new ArrayList<>(where.errors);
        String group = GroupSql.groupColumn(e, groupField, errors);
        String sum = sumField == null ? null : GroupSql.sumColumn(e, sumField, errors);
        throwIfAny(errors);
        return GroupSql.read(c, new SelectSql(pkg, e).from(where.joins), where, group, sum);
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("Totals on " + entity + " failed: " + ex.getMessage(), ex);
    } finally {
      active.readLock().unlock();
    }
  }

  private static long count(Connection c, SelectSql select, WhereSql where) throws SQLException {
    String sql =
        "SELECT COUNT(*) FROM (SELECT 1 FROM "
            + select.from(where.joins)
            + " WHERE "
            + where.condition
            + " LIMIT "
            + COUNT_LIMIT
            + ") capped";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bind.all(ps, where.binds);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new QueryException(errors);
    }
  }
}
