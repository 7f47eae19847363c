package io.tsumugi.api.record;

import java.util.Objects;

/**
 * One condition of a query, the same operators as list views in metadata.
 *
 * @param field the field's API name
 * @param operator the comparison
 * @param value the value compared with ({@code null} for {@code IS_NULL}/{@code IS_NOT_NULL}, a
 *     {@code java.util.List} for {@code IN})
 */
public record RecordFilter(String field, Operator operator, Object value) {

  /** The comparisons a filter can make. */
  public enum Operator {
    /** Equal. */
    EQ,
    /** Not equal. */
    NE,
    /** Less than. */
    LT,
    /** Less than or equal. */
    LE,
    /** Greater than. */
    GT,
    /** Greater than or equal. */
    GE,
    /** Text contains. */
    CONTAINS,
    /** Text starts with. */
    STARTS_WITH,
    /** Value is one of a list. */
    IN,
    /** No value. */
    IS_NULL,
    /** Has a value. */
    IS_NOT_NULL
  }

  /** Field and operator are required. */
  public RecordFilter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
  }

  /** {@code field = value}. */
  public static RecordFilter eq(String field, Object value) {
    return new RecordFilter(field, Operator.EQ, value);
  }

  /** {@code field <= value}. */
  public static RecordFilter le(String field, Object value) {
    return new RecordFilter(field, Operator.LE, value);
  }

  /** {@code field >= value}. */
  public static RecordFilter ge(String field, Object value) {
    return new RecordFilter(field, Operator.GE, value);
  }
}
