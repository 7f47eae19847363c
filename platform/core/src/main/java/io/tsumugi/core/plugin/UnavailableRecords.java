package io.tsumugi.core.plugin;

import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordQuery;
import io.tsumugi.api.record.RecordService;
import io.tsumugi.api.record.RecordView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Record services where there are none (outside a request): every call says so. */
final class UnavailableRecords implements RecordService, QueryService {

  private static IllegalStateException unavailable() {
    return new IllegalStateException(
        "レコードサービスはここでは使えません(リクエストの外) / "
            + "The record service is not available here (outside a request)");
  }

  @Override
  public RecordView create(String entity, Map<String, Object> values) {
    throw unavailable();
  }

  @Override
  public RecordView update(String entity, String id, Map<String, Object> values) {
    throw unavailable();
  }

  @Override
  public void delete(String entity, String id) {
    throw unavailable();
  }

  @Override
  public Optional<RecordView> find(String entity, String id) {
    throw unavailable();
  }

  @Override
  public List<RecordView> list(RecordQuery query) {
    throw unavailable();
  }
}
