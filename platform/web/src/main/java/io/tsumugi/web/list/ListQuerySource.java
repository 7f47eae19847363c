package io.tsumugi.web.list;

import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.QueryException;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.Record;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What the lazy table asks its page for: the current filter, default sort and row maker. */
interface ListQuerySource extends Serializable {

  /** The filter of everything the user chose (view, ad hoc conditions, quick find). */
  Filter currentFilter();

  /** The sort when the user clicked no header: their saved one, else the list view's. */
  List<SortKey> defaultSort();

  /** The user sorted by a header (an empty list: no header). */
  void sorted(List<SortKey> sort);

  /** Makes a displayed row from a record and its lookups' names. */
  RowView row(Record record, Map<String, String> lookupNames);

  /**
   * The query service refused the list's filter (a list view filtering on a field hidden from this
   * user, say): show why on the page; the table stays empty. {@code null}: the last query was
   * accepted.
   */
  void refused(QueryException e);
}
