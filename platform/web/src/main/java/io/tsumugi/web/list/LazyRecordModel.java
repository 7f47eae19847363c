package io.tsumugi.web.list;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.QueryException;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * PrimeFaces' lazy model over the query service: each page is one query with the page's current
 * filter and the column the user sorted by (else the saved or list view's sort); the count is
 * capped at 10,000.
 */
public class LazyRecordModel extends LazyDataModel<RowView> {

  private static final long serialVersionUID = 1L;

  private final CallerContext caller;
  private final String entity;
  private final ListQuerySource source;
  private boolean countCapped;
  private List<SortKey> lastSort = List.of();

  LazyRecordModel(CallerContext caller, String entity, ListQuerySource source) {
    this.caller = caller;
    this.entity = entity;
    this.source = source;
  }

  /** Looked up on use: the engine is application-scoped and not serialised with the page. */
  private static Engine engine() {
    return CDI.current().select(Engine.class).get();
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long count;
    try {
      count = engine().queries().countCapped(caller, entity, source.currentFilter());
      source.refused(null);
    } catch (QueryException e) {
      source.refused(e);
      return 0;
    }
    countCapped = count > 10_000;
    return (int) Math.min(count, 10_000);
  }

  @Override
  public List<RowView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    List<SortKey> sort = new ArrayList<>();
    sortBy.values().stream()
        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
        .forEach(
            meta ->
                sort.add(new SortKey(meta.getField(), meta.getOrder() == SortOrder.DESCENDING)));
    source.sorted(sort);
    if (sort.isEmpty()) {
      sort.addAll(source.defaultSort());
    }
    lastSort = List.copyOf(sort);
    int page = first / Math.max(pageSize, 1) + 1;
    RecordPage result;
    try {
      result =
          engine()
              .queries()
              .query(
                  caller,
                  entity,
                  new RecordQuery(source.currentFilter(), sort, pageSize, page, null));
    } catch (QueryException e) {
      source.refused(e);
      return List.of();
    }
    List<RowView> rowsOfPage = new ArrayList<>();
    for (Record record : result.records()) {
      rowsOfPage.add(source.row(record, record.lookupNames()));
    }
    return rowsOfPage;
  }

  /** The sort of the page shown last, for exports of the same view. */
  public List<SortKey> getLastSort() {
    return lastSort;
  }

  @Override
  public String getRowKey(RowView row) {
    return Long.toString(row.getId());
  }

  @Override
  public RowView getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : ((List<RowView>) getWrappedData())
            .stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  public boolean isCountCapped() {
    return countCapped;
  }
}
