package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.ValueNormalizer;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A filter turned into a WHERE condition: field names resolved through metadata, values converted
 * with the record service's normaliser and sent as bind parameters, problems collected as ja/en
 * errors instead of SQL.
 */
final class WhereSql {

  private static final int MAX_DEPTH = 10;
  private static final int MAX_CONDITIONS = 200;

  private final MetadataPackage pkg;
  private final EntityDef e;
  private final ValueNormalizer normalizer = new ValueNormalizer();
  final List<FieldError> errors = new ArrayList<>();
  final List<Bind> binds = new ArrayList<>();
  final Set<FieldDef> joins = new LinkedHashSet<>();

  /** The SQL condition ({@code 1=1} for no filter); valid only when {@link #errors} is empty. */
  final String condition;

  private int conditions;

  WhereSql(MetadataPackage pkg, EntityDef e, Filter filter) {
    this.pkg = pkg;
    this.e = e;
    this.condition = filter == null ? "1=1" : sql(filter, 0);
  }

  /** The filter, and the records the caller may see ({@code scope}). */
  WhereSql(MetadataPackage pkg, EntityDef e, Filter filter, io.tsumugi.core.access.RowScope scope) {
    this.pkg = pkg;
    this.e = e;
    String own = filter == null ? "1=1" : sql(filter, 0);
    if (scope.all()) {
      this.condition = own;
    } else {
      ScopeSql s = new ScopeSql(pkg, e, scope);
      this.condition = "(" + own + ") AND " + s.condition;
      binds.addAll(s.binds);
    }
  }

  private String sql(Filter filter, int depth) {
    if (depth > MAX_DEPTH || ++conditions > MAX_CONDITIONS) {
      if (errors.stream().noneMatch(x -> x.code().equals("query.tooComplex"))) {
        errors.add(QueryMessages.tooComplex());
      }
      return "1=0";
    }
    if (filter == null) {
      return "1=1";
    }
    if (filter instanceof Filter.And a) {
      return joined(a.filters(), " AND ", "1=1", depth);
    }
    if (filter instanceof Filter.Or o) {
      return joined(o.filters(), " OR ", "1=0", depth);
    }
    if (filter instanceof Filter.Not n) {
      return "NOT (" + sql(n.filter(), depth + 1) + ")";
    }
    return condition((Filter.Condition) filter);
  }

  private String joined(List<Filter> parts, String op, String empty, int depth) {
    if (parts.isEmpty()) {
      return empty;
    }
    List<String> sqls = new ArrayList<>();
    for (Filter f : parts) {
      sqls.add(sql(f, depth + 1));
    }
    return "(" + String.join(op, sqls) + ")";
  }

  private String condition(Filter.Condition c) {
    FieldPath p = FieldPath.resolve(pkg, e, c.field(), FieldPath.Use.FILTER, errors);
    if (p == null) {
      return "1=0";
    }
    FieldDef f = p.field();
    Operator op = c.op() == null ? Operator.EQ : c.op();
    if (!op.accepts(c.values().size())) {
      errors.add(QueryMessages.valueCount(p.path(), f, op, c.values().size()));
      return "1=0";
    }
    if (!applies(op, f.type())) {
      errors.add(QueryMessages.operatorNotApplicable(p.path(), f, op));
      return "1=0";
    }
    if (c.values().contains(null)) {
      errors.add(QueryMessages.missingValue(p.path(), f, op));
      return "1=0";
    }
    if (p.lookup() != null) {
      joins.add(p.lookup());
    }
    String x = p.expression();
    return switch (op) {
      case IS_NULL -> x + " IS NULL";
      case IS_NOT_NULL -> x + " IS NOT NULL";
      case EQ -> x + " = " + value(p, c.values().get(0));
      case NE -> "(" + x + " <> " + value(p, c.values().get(0)) + " OR " + x + " IS NULL)";
      case LT -> x + " < " + value(p, c.values().get(0));
      case LE -> x + " <= " + value(p, c.values().get(0));
      case GT -> x + " > " + value(p, c.values().get(0));
      case GE -> x + " >= " + value(p, c.values().get(0));
      case BETWEEN ->
          x + " BETWEEN " + value(p, c.values().get(0)) + " AND " + value(p, c.values().get(1));
      case IN ->
          x + " IN (" + String.join(", ", c.values().stream().map(v -> value(p, v)).toList()) + ")";
      case CONTAINS -> {
        binds.add(
            Bind.text("%" + escapeLike(text(f, c.values().get(0))).toLowerCase(Locale.ROOT) + "%"));
        yield "LOWER(" + x + ") LIKE ?";
      }
      case STARTS_WITH -> {
        // No LOWER and no ESCAPE clause ('\' is the default on both databases): the plain
        // "column LIKE 'abc%'" is what the text_pattern_ops index serves.
        binds.add(Bind.text(escapeLike(text(f, c.values().get(0))) + "%"));
        yield x + " LIKE ?";
      }
    };
  }

  private static boolean applies(Operator op, FieldType t) {
    if (op.isTextMatch()) {
      return t.isStringLike() || t == FieldType.MULTIPICKLIST;
    }
    if (op.isOrdering()) {
      return t != FieldType.BOOLEAN && t != FieldType.MULTIPICKLIST;
    }
    return true;
  }

  /** A bind marker for {@code raw} converted to the field's type. */
  private String value(FieldPath p, Object raw) {
    List<FieldError> found = new ArrayList<>();
    Object v = normalizer.normalize(p.field(), raw, found);
    // Phone and postal-code format problems only mean "no record has this value"; a value that
    // cannot be read as the type at all is the caller's mistake.
    if (v == null || found.stream().anyMatch(x -> x.code().equals("value.invalidType"))) {
      errors.add(QueryMessages.invalidValue(p.path(), p.field()));
      return "?";
    }
    binds.add(new Bind(p.field(), v));
    return "?";
  }

  private static String text(FieldDef f, Object raw) {
    String s = raw.toString().strip();
    return switch (f.type()) {
      case PHONE, POSTAL_CODE, EMAIL -> ValueNormalizer.nfkc(s);
      default -> s;
    };
  }

  /** Escapes LIKE's wildcards and the escape character itself, so the text matches literally. */
  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
