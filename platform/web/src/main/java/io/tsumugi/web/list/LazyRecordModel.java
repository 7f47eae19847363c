package io.tsumugi.web.list;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.ListView;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * PrimeFaces' lazy model over the query service: each page is one query with the list view's
 * filters, the quick find and the column the user sorted by; the count is capped at 10,000.
 */
public class LazyRecordModel extends LazyDataModel<RowView> {

  private static final long serialVersionUID = 1L;

  private final CallerContext caller;
  private final String entity;
  private final String view;
  private final SerializableSupplier quickFind;
  private final RowMaker rows;
  private boolean countCapped;

  /** A supplier the view-scoped page can keep across requests. */
  public interface SerializableSupplier extends Supplier<String>, java.io.Serializable {}

  /** Makes a displayed row from a record and its lookups' names. */
  public interface RowMaker
      extends BiFunction<Record, Map<String, String>, RowView>, java.io.Serializable {}

  LazyRecordModel(
      Engine engine,
      CallerContext caller,
      String entity,
      String view,
      SerializableSupplier quickFind,
      RowMaker rows) {
    this.caller = caller;
    this.entity = entity;
    this.view = view;
    this.quickFind = quickFind;
    this.rows = rows;
  }

  /** Looked up on use: the engine is application-scoped and not serialised with the page. */
  private static Engine engine() {
    return CDI.current().select(Engine.class).get();
  }

  private Filter filter() {
    EntityDef def = engine().active().entity(entity);
    ListView chosen = ListViewChoice.pick(def, view).orElse(null);
    return ListFilters.of(def, chosen, quickFind.get());
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long count = engine().queries().countCapped(caller, entity, filter());
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
    if (sort.isEmpty()) {
      EntityDef def = engine().active().entity(entity);
      ListViewChoice.pick(def, view)
          .ifPresent(v -> v.sort().forEach(s -> sort.add(new SortKey(s.field(), s.descending()))));
    }
    int page = first / Math.max(pageSize, 1) + 1;
    RecordPage result =
        engine()
            .queries()
            .query(caller, entity, new RecordQuery(filter(), sort, pageSize, page, null));
    List<RowView> rowsOfPage = new ArrayList<>();
    for (int i = 0; i < result.records().size(); i++) {
      Record record = result.records().get(i);
      rowsOfPage.add(rows.apply(record, lookupNames(result, record)));
    }
    return rowsOfPage;
  }

  /** The display names of this record's lookup targets, as the query returned them. */
  private static Map<String, String> lookupNames(RecordPage page, Record record) {
    return record.lookupNames();
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
