package io.tsumugi.core.plugin;

import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordFilter;
import io.tsumugi.api.record.RecordQuery;
import io.tsumugi.api.record.RecordService;
import io.tsumugi.api.record.RecordView;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.Operator;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record and query services a plugin gets through its context: the engine's own, acting as the
 * user whose request runs the extension ({@link CallerScope}); outside one they refuse.
 */
final class EngineRecords implements RecordService, QueryService {

  private final Engine engine;

  EngineRecords(Engine engine) {
    this.engine = engine;
  }

  @Override
  public RecordView create(String entity, Map<String, Object> values) {
    return view(engine.records().create(caller(), entity, values));
  }

  @Override
  public RecordView update(String entity, String id, Map<String, Object> values) {
    CallerContext caller = caller();
    Record current = read(caller, entity, id).orElseThrow(() -> notFound(entity, id));
    return view(engine.records().update(caller, entity, current.id(), current.version(), values));
  }

  @Override
  public void delete(String entity, String id) {
    CallerContext caller = caller();
    Record current = read(caller, entity, id).orElseThrow(() -> notFound(entity, id));
    engine.deletion().delete(caller, entity, current.id(), current.version());
  }

  @Override
  public Optional<RecordView> find(String entity, String id) {
    return read(caller(), entity, id).map(this::view);
  }

  @Override
  public List<RecordView> list(RecordQuery query) {
    List<Filter> conditions = new ArrayList<>();
    for (RecordFilter f : query.filters()) {
      conditions.add(condition(f));
    }
    io.tsumugi.core.query.RecordQuery q =
        io.tsumugi.core.query.RecordQuery.firstPage(query.limit())
            .where(conditions.isEmpty() ? null : new Filter.And(conditions));
    if (query.sortField() != null) {
      q = q.sortedBy(new SortKey(query.sortField(), query.descending()));
    }
    return engine.queries().query(caller(), query.entity(), q).records().stream()
        .map(this::view)
        .toList();
  }

  private Optional<Record> read(CallerContext caller, String entity, String id) {
    long key;
    try {
      key = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return engine.records().get(caller, entity, key);
  }

  private RecordView view(Record r) {
    EntityDef e = engine.active().entity(r.entity());
    return PluginRecordView.of(e, r);
  }

  private static Filter condition(RecordFilter f) {
    Operator op = Operator.valueOf(f.operator().name());
    List<Object> values;
    if (f.value() == null) {
      values = List.of();
    } else if (f.value() instanceof Collection<?> many) {
      values = new ArrayList<>(many);
    } else {
      values = List.of(f.value());
    }
    return new Filter.Condition(f.field(), op, values);
  }

  private static CallerContext caller() {
    return CallerScope.current()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "レコードサービスはここでは使えません(リクエストの外) / "
                        + "The record service is not available here (outside a request)"));
  }

  private static IllegalArgumentException notFound(String entity, String id) {
    return new IllegalArgumentException(
        entity + " のレコード " + id + " は見つかりません / There is no " + entity + " record " + id);
  }
}
