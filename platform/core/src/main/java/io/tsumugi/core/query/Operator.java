package io.tsumugi.core.query;

/** How a {@link Filter.Condition} compares a field with its values. */
public enum Operator {
  /** Equal to the one value. */
  EQ(1, 1),
  /** Not equal to the one value (records without a value match). */
  NE(1, 1),
  /** Less than the one value. */
  LT(1, 1),
  /** Less than or equal to the one value. */
  LE(1, 1),
  /** Greater than the one value. */
  GT(1, 1),
  /** Greater than or equal to the one value. */
  GE(1, 1),
  /** Between the two values, both included. */
  BETWEEN(2, 2),
  /** Equal to one of the values (1 to 1,000). */
  IN(1, 1000),
  /** Text containing the one value, ignoring case. */
  CONTAINS(1, 1),
  /** Text starting with the one value (case-sensitive, so the prefix index serves it). */
  STARTS_WITH(1, 1),
  /** No value. */
  IS_NULL(0, 0),
  /** Any value. */
  IS_NOT_NULL(0, 0);

  private final int minValues;
  private final int maxValues;

  Operator(int minValues, int maxValues) {
    this.minValues = minValues;
    this.maxValues = maxValues;
  }

  /** Whether {@code n} values fit this operator. */
  boolean accepts(int n) {
    return n >= minValues && n <= maxValues;
  }

  /** Whether the operator orders values (not for yes/no or multi-choice fields). */
  boolean isOrdering() {
    return this == LT || this == LE || this == GT || this == GE || this == BETWEEN;
  }

  /** Whether the operator matches text with LIKE. */
  boolean isTextMatch() {
    return this == CONTAINS || this == STARTS_WITH;
  }
}
