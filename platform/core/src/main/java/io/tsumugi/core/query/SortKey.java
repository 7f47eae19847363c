package io.tsumugi.core.query;

/**
 * One sort key of a query: a sortable field (or {@code lookup.field}), ascending or descending.
 * Records without a value come last when ascending and first when descending.
 *
 * @param field the field's API name
 * @param descending whether the order is descending
 */
public record SortKey(String field, boolean descending) {

  /** Ascending on {@code field}. */
  public static SortKey asc(String field) {
    return new SortKey(field, false);
  }

  /** Descending on {@code field}. */
  public static SortKey desc(String field) {
    return new SortKey(field, true);
  }
}
