package io.tsumugi.core.query;

import java.util.List;

/**
 * What a list asks for: a filter, a sort, a page size and either a page number (screens, with
 * OFFSET) or a keyset cursor from a previous page (deep pages, at the cost of page 1).
 *
 * @param filter the filter, or {@code null} for all records
 * @param sort the sort keys (at most 5); the id is always added last, so pages are stable
 * @param pageSize records per page, 1 to 500
 * @param page the 1-based page number, or {@code null}
 * @param after an opaque cursor from {@link RecordPage#next()}, or {@code null}; wins over {@code
 *     page}
 */
public record RecordQuery(
    Filter filter, List<SortKey> sort, int pageSize, Integer page, String after) {

  /** Copies the sort keys. */
  public RecordQuery {
    sort = sort == null ? List.of() : List.copyOf(sort);
  }

  /** The first page of all records in id order. */
  public static RecordQuery firstPage(int pageSize) {
    return new RecordQuery(null, List.of(), pageSize, 1, null);
  }

  /** A copy with another filter. */
  public RecordQuery where(Filter newFilter) {
    return new RecordQuery(newFilter, sort, pageSize, page, after);
  }

  /** A copy with other sort keys. */
  public RecordQuery sortedBy(SortKey... keys) {
    return new RecordQuery(filter, List.of(keys), pageSize, page, after);
  }

  /** A copy asking for page {@code n} (1-based). */
  public RecordQuery page(int n) {
    return new RecordQuery(filter, sort, pageSize, n, null);
  }

  /** A copy asking for the page after {@code cursor}. */
  public RecordQuery after(String cursor) {
    return new RecordQuery(filter, sort, pageSize, null, cursor);
  }
}
