package io.tsumugi.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A condition on records: field conditions combined with and, or, not. */
public sealed interface Filter permits Filter.And, Filter.Or, Filter.Not, Filter.Condition {

  /**
   * Every filter holds.
   *
   * @param filters the filters
   */
  record And(List<Filter> filters) implements Filter {
    /** Copies the list. */
    public And {
      filters = List.copyOf(filters);
    }
  }

  /**
   * At least one filter holds.
   *
   * @param filters the filters
   */
  record Or(List<Filter> filters) implements Filter {
    /** Copies the list. */
    public Or {
      filters = List.copyOf(filters);
    }
  }

  /**
   * The filter does not hold.
   *
   * @param filter the filter
   */
  record Not(Filter filter) implements Filter {}

  /**
   * A field compared with values.
   *
   * @param field a field's API name ({@code name}), or a lookup and a field of its target ({@code
   *     account.name}: one level)
   * @param op the operator
   * @param values the values, converted to the field's type like record input ('１０００' is 1000)
   */
  record Condition(String field, Operator op, List<Object> values) implements Filter {
    /** Copies the values (which may contain nulls, refused later with a message). */
    public Condition {
      values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /** All of the filters. */
  static And and(Filter... filters) {
    return new And(List.of(filters));
  }

  /** Any of the filters. */
  static Or or(Filter... filters) {
    return new Or(List.of(filters));
  }

  /** Not the filter. */
  static Not not(Filter filter) {
    return new Not(filter);
  }

  /** {@code field} equals {@code value}. */
  static Condition eq(String field, Object value) {
    return of(field, Operator.EQ, value);
  }

  /** {@code field} differs from {@code value} or has none. */
  static Condition ne(String field, Object value) {
    return of(field, Operator.NE, value);
  }

  /** {@code field} is less than {@code value}. */
  static Condition lt(String field, Object value) {
    return of(field, Operator.LT, value);
  }

  /** {@code field} is at most {@code value}. */
  static Condition le(String field, Object value) {
    return of(field, Operator.LE, value);
  }

  /** {@code field} is greater than {@code value}. */
  static Condition gt(String field, Object value) {
    return of(field, Operator.GT, value);
  }

  /** {@code field} is at least {@code value}. */
  static Condition ge(String field, Object value) {
    return of(field, Operator.GE, value);
  }

  /** {@code field} lies between {@code low} and {@code high}, both included. */
  static Condition between(String field, Object low, Object high) {
    return of(field, Operator.BETWEEN, low, high);
  }

  /** {@code field} equals one of {@code values}. */
  static Condition in(String field, Object... values) {
    return of(field, Operator.IN, values);
  }

  /** {@code field} contains {@code text}, ignoring case. */
  static Condition contains(String field, String text) {
    return of(field, Operator.CONTAINS, text);
  }

  /** {@code field} starts with {@code text}. */
  static Condition startsWith(String field, String text) {
    return of(field, Operator.STARTS_WITH, text);
  }

  /** {@code field} has no value. */
  static Condition isNull(String field) {
    return of(field, Operator.IS_NULL);
  }

  /** {@code field} has a value. */
  static Condition isNotNull(String field) {
    return of(field, Operator.IS_NOT_NULL);
  }

  /**
   * One condition with a list view operator ({@code eq}, {@code contains}, {@code not_in}, ...), as
   * list views and sharing rules write them; values already resolved (no relative dates).
   *
   * @throws IllegalArgumentException for an operator list views do not have
   */
  static Filter listView(String field, String operator, List<Object> values) {
    return switch (operator) {
      case "eq" -> new Condition(field, Operator.EQ, values);
      case "ne" -> new Condition(field, Operator.NE, values);
      case "lt" -> new Condition(field, Operator.LT, values);
      case "le" -> new Condition(field, Operator.LE, values);
      case "gt" -> new Condition(field, Operator.GT, values);
      case "ge" -> new Condition(field, Operator.GE, values);
      case "contains" -> new Condition(field, Operator.CONTAINS, values);
      case "starts_with" -> new Condition(field, Operator.STARTS_WITH, values);
      case "in" -> new Condition(field, Operator.IN, values);
      case "not_in" -> new Not(new Condition(field, Operator.IN, values));
      case "is_null" -> new Condition(field, Operator.IS_NULL, List.of());
      case "is_not_null" -> new Condition(field, Operator.IS_NOT_NULL, List.of());
      default -> throw new IllegalArgumentException("Unknown list view operator " + operator);
    };
  }

  private static Condition of(String field, Operator op, Object... values) {
    return new Condition(field, op, Arrays.asList(values));
  }
}
