package io.tsumugi.core.preferences;

import java.util.List;

/**
 * One user's choices on one entity's list.
 *
 * @param view the list view chosen, or {@code null}
 * @param columns the fields shown, in order; empty for the list view's columns
 * @param conditions the ad hoc filter conditions, all of which must hold
 * @param sortField the field sorted by, or {@code null} for the list view's sort
 * @param sortDescending whether that sort is descending
 */
public record ListPreference(
    String view,
    List<String> columns,
    List<Condition> conditions,
    String sortField,
    boolean sortDescending) {

  /** Copies the lists. */
  public ListPreference {
    columns = columns == null ? List.of() : List.copyOf(columns);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  /**
   * One filter condition as the user typed it: the value is converted by the query service.
   *
   * @param field the field's API name
   * @param operator the list view operator ({@code eq}, {@code contains}, ...)
   * @param value the typed value, or {@code null} for operators without one
   */
  public record Condition(String field, String operator, String value) {}
}
