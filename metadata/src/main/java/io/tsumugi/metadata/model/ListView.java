package io.tsumugi.metadata.model;

import java.util.List;

/**
 * A named list of records.
 *
 * @param name the API name of the view
 * @param label the label
 * @param mineOnly whether only the user's own records are listed
 * @param columns the fields shown as columns
 * @param sort the sort order
 * @param filters the filters, all of which must hold
 */
public record ListView(
    String name,
    LocalizedText label,
    boolean mineOnly,
    List<String> columns,
    List<Sort> sort,
    List<Filter> filters) {

  /** Copies the lists. */
  public ListView {
    columns = List.copyOf(columns);
    sort = List.copyOf(sort);
    filters = List.copyOf(filters);
  }

  /**
   * One sort key.
   *
   * @param field the field sorted on
   * @param descending whether the order is descending
   */
  public record Sort(String field, boolean descending) {}

  /**
   * A date in a filter: {@code YYYY-MM-DD}, or relative to the day the list is shown: {@code
   * today}, {@code today+60d}, {@code today-7d}.
   */
  public static final java.util.regex.Pattern DATE_VALUE =
      java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}|today(?:[+-]\\d{1,5}d)?)$");

  /**
   * One filter condition.
   *
   * @param field the field compared
   * @param operator the operator's JSON name, e.g. {@code eq}, {@code in}, {@code is_null}
   * @param value the value (String, BigDecimal, Boolean or List), or {@code null}
   */
  public record Filter(String field, String operator, Object value) {}
}
