package io.tsumugi.core.records;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.RollupFunction;
import java.math.BigDecimal;

/**
 * One rollup value being computed: set from a grouped query, or added up child by child. Count and
 * sum start at 0 (an account without deals has 0 deals worth 0), min and max at no value.
 */
final class Aggregate {

  private final RollupFunction fn;
  private final boolean integral;
  private Object value;

  private Aggregate(RollupFunction fn, boolean integral) {
    this.fn = fn;
    this.integral = integral;
    this.value =
        switch (fn) {
          case COUNT -> 0L;
          case SUM -> integral ? (Object) 0L : BigDecimal.ZERO;
          default -> null;
        };
  }

  /** A fresh aggregate of {@code fn} over {@code summarized} ({@code null} for count). */
  static Aggregate of(RollupFunction fn, FieldDef summarized) {
    FieldType t = summarized == null ? null : summarized.type();
    if (t == FieldType.FORMULA) {
      t = summarized.options().resultType();
    }
    return new Aggregate(fn == null ? RollupFunction.COUNT : fn, t == FieldType.INTEGER);
  }

  /** The value a database aggregate returned (null: no child had a value). */
  void set(Object v) {
    if (v != null) {
      value = fn == RollupFunction.SUM || fn == RollupFunction.COUNT ? number(v) : v;
    }
  }

  /** One child's value (ignored when empty, except by count). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void add(Object v) {
    switch (fn) {
      case COUNT -> value = (Long) value + 1;
      case SUM -> {
        if (v != null) {
          value =
              integral
                  ? (Object) ((Long) value + ((Number) v).longValue())
                  : ((BigDecimal) value).add(decimal(v));
        }
      }
      case MIN, MAX -> {
        if (v != null) {
          int cmp = value == null ? 0 : ((Comparable) v).compareTo(value);
          if (value == null || (fn == RollupFunction.MIN ? cmp < 0 : cmp > 0)) {
            value = v;
          }
        }
      }
    }
  }

  Object result() {
    return value;
  }

  private Object number(Object v) {
    if (fn == RollupFunction.COUNT || integral) {
      return ((Number) v).longValue();
    }
    return decimal(v);
  }

  private static BigDecimal decimal(Object v) {
    return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
  }
}
