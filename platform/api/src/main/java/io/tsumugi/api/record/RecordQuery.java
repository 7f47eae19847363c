package io.tsumugi.api.record;

import java.util.List;
import java.util.Objects;

/**
 * What to read: the entity, conditions that must all hold, the order and a page size.
 *
 * @param entity the entity's API name
 * @param filters conditions, all of which must hold
 * @param sortField the field to sort on, or {@code null} for the platform's default order
 * @param descending whether the sort is descending
 * @param limit the largest number of records returned (1 to 200)
 */
public record RecordQuery(
    String entity, List<RecordFilter> filters, String sortField, boolean descending, int limit) {

  /** The platform returns at most this many records per query. */
  public static final int MAX_LIMIT = 200;

  /** Checks the entity and the limit, copies the filters. */
  public RecordQuery {
    Objects.requireNonNull(entity, "entity");
    filters = List.copyOf(filters);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
  }

  /** Every record of {@code entity} matching {@code filters}, default order, at most 50. */
  public static RecordQuery of(String entity, RecordFilter... filters) {
    return new RecordQuery(entity, List.of(filters), null, false, 50);
  }

  /** The same query sorted on {@code field}. */
  public RecordQuery sortedBy(String field, boolean descendingOrder) {
    return new RecordQuery(entity, filters, field, descendingOrder, limit);
  }

  /** The same query returning at most {@code max} records. */
  public RecordQuery limitedTo(int max) {
    return new RecordQuery(entity, filters, sortField, descending, max);
  }
}
