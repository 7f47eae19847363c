package io.tsumugi.core.records;

import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.query.ScopeSql;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionEvaluator;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.RollupFunction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes rollup fields when records are read, never stores them: one grouped query per rollup
 * field for a whole page of parents ({@code SELECT fk, SUM(col) ... WHERE fk IN (...) GROUP BY fk},
 * served by the lookup's {@code (fk, id)} index), so a list costs one extra statement per rollup,
 * not one per row. A rollup with a CEL filter, or over a formula, reads the children of the page's
 * parents and aggregates them in Java. No children: count and sum are 0, min and max empty.
 *
 * <p>A rollup shown to a reader summarizes only the children that reader may read ({@code
 * readable}), so a count of opportunities does not tell a rep that another department's private
 * ones exist; rules checked on save see every child ({@link #ALL_CHILDREN}).
 */
public final class Rollups {

  private static final int IN_LIST = 500;

  /** Every child counts: for rules on save and for plugins, never for what a reader is shown. */
  public static final Function<EntityDef, RowScope> ALL_CHILDREN = child -> RowScope.ALL;

  private Rollups() {}

  /** True when {@code e} has rollup fields (otherwise reading costs nothing extra). */
  public static boolean any(EntityDef e) {
    return e.fields().stream().anyMatch(f -> f.type() == FieldType.ROLLUP);
  }

  /**
   * The records with their rollups computed over the children in {@code readable}'s scope, and
   * their formulas computed again after.
   */
  public static List<Record> fill(
      Connection c,
      MetadataPackage pkg,
      EntityDef e,
      List<Record> records,
      Function<EntityDef, RowScope> readable)
      throws SQLException {
    if (!any(e) || records.isEmpty()) {
      return records;
    }
    Map<Long, Map<String, Object>> values = new LinkedHashMap<>();
    records.forEach(r -> values.put(r.id(), new LinkedHashMap<>(r.values())));
    for (FieldDef f : e.fields()) {
      if (f.type() == FieldType.ROLLUP) {
        fill(c, pkg, e, f, values, readable);
      }
    }
    List<Record> out = new ArrayList<>(records.size());
    for (Record r : records) {
      Map<String, Object> v = values.get(r.id());
      Formulas.compute(pkg, e, v);
      out.add(new Record(r.entity(), r.id(), r.version(), v, r.lookupNames()));
    }
    return out;
  }

  /** A record not yet saved has no children: every rollup at its empty value. */
  static void noChildren(EntityDef e, Map<String, Object> values) {
    for (FieldDef f : e.fields()) {
      if (f.type() == FieldType.ROLLUP) {
        values.put(f.name(), Aggregate.of(f.options().function(), null).result());
      }
    }
  }

  private static void fill(
      Connection c,
      MetadataPackage pkg,
      EntityDef parent,
      FieldDef rollup,
      Map<Long, Map<String, Object>> values,
      Function<EntityDef, RowScope> readable)
      throws SQLException {
    EntityDef child = pkg.entity(rollup.options().childEntity()).orElse(null);
    FieldDef link = child == null ? null : link(parent, child, rollup).orElse(null);
    RollupFunction fn = rollup.options().function();
    FieldDef summarized =
        child == null || rollup.options().summarizedField() == null
            ? null
            : child.field(rollup.options().summarizedField()).orElse(null);
    Map<Long, Aggregate> results = new HashMap<>();
    values.keySet().forEach(id -> results.put(id, Aggregate.of(fn, summarized)));
    if (link != null && (fn == RollupFunction.COUNT || summarized != null)) {
      ScopeSql.Condition scope = ScopeSql.condition(pkg, child, readable.apply(child));
      List<Long> ids = new ArrayList<>(values.keySet());
      for (int from = 0; from < ids.size(); from += IN_LIST) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
        boolean inSql =
            rollup.options().filter() == null && (summarized == null || summarized.isStored());
        if (inSql) {
          grouped(c, child, link, fn, summarized, chunk, scope, results);
        } else {
          inJava(c, pkg, child, link, rollup, summarized, chunk, scope, results);
        }
      }
    }
    results.forEach((id, agg) -> values.get(id).put(rollup.name(), agg.result()));
  }

  /** The child's lookup back to the parent: the one named, else the first pointing at it. */
  private static Optional<FieldDef> link(EntityDef parent, EntityDef child, FieldDef rollup) {
    if (rollup.options().childField() != null) {
      return child.field(rollup.options().childField()).filter(FieldDef::isLookup);
    }
    return child.fields().stream()
        .filter(f -> f.isLookup() && parent.name().equals(f.options().target()))
        .findFirst();
  }

  private static void grouped(
      Connection c,
      EntityDef child,
      FieldDef link,
      RollupFunction fn,
      FieldDef summarized,
      List<Long> ids,
      ScopeSql.Condition scope,
      Map<Long, Aggregate> results)
      throws SQLException {
    String fk = SqlNames.column(link.name());
    String value =
        fn == RollupFunction.COUNT
            ? "COUNT(*)"
            : fn.name() + "(" + SqlNames.column(summarized.name()) + ")";
    String sql =
        "SELECT "
            + fk
            + ", "
            + value
            + " AS v FROM "
            + SqlNames.table(child.name())
            + " t WHERE "
            + fk
            + " IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?"))
            + ") AND "
            + scope.sql()
            + " GROUP BY "
            + fk;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, ids, scope);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object v =
              switch (fn) {
                case COUNT -> rs.getLong("v");
                case SUM -> rs.getBigDecimal("v"); // SUM(BIGINT) is NUMERIC on both databases
                default -> RecordSql.readValue(summarized, rs, "v");
              };
          results.get(rs.getLong(1)).set(v);
        }
      }
    }
  }

  private static void inJava(
      Connection c,
      MetadataPackage pkg,
      EntityDef child,
      FieldDef link,
      FieldDef rollup,
      FieldDef summarized,
      List<Long> ids,
      ScopeSql.Condition scope,
      Map<Long, Aggregate> results)
      throws SQLException {
    Compilation filter =
        rollup.options().filter() == null
            ? null
            : CompiledExpressions.of(pkg, child, rollup.options().filter(), ExprType.BOOL);
    String sql =
        "SELECT "
            + RecordSql.columns(child, null)
            + " FROM "
            + SqlNames.table(child.name())
            + " t WHERE "
            + SqlNames.column(link.name())
            + " IN ("
            + String.join(", ", Collections.nCopies(ids.size(), "?"))
            + ") AND "
            + scope.sql();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, ids, scope);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> v = new LinkedHashMap<>(RecordSql.read(child, rs).values());
          Formulas.compute(pkg, child, v);
          if (filter != null && !passes(filter, v)) {
            continue;
          }
          Long parent = (Long) v.get(link.name());
          results.get(parent).add(summarized == null ? null : v.get(summarized.name()));
        }
      }
    }
  }

  private static void bind(PreparedStatement ps, List<Long> parents, ScopeSql.Condition scope)
      throws SQLException {
    for (int i = 0; i < parents.size(); i++) {
      ps.setLong(i + 1, parents.get(i));
    }
    scope.bind(ps, parents.size() + 1);
  }

  /** A filter that does not compile or fails on a child leaves that child out. */
  private static boolean passes(Compilation filter, Map<String, Object> values) {
    if (!filter.ok()) {
      return false;
    }
    try {
      return ExpressionEvaluator.test(filter.compiled(), values);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
