package io.tsumugi.plugins.realestate;

import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordFilter;
import io.tsumugi.api.record.RecordQuery;
import io.tsumugi.api.record.RecordView;
import io.tsumugi.api.record.SimpleRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records in a list, filtered like the platform's query service (EQ, LE, GE, IN). */
final class InMemoryQueries implements QueryService {

  private final List<RecordView> records = new ArrayList<>();

  InMemoryQueries add(String entity, String id, Map<String, ?> values) {
    records.add(new SimpleRecord(entity, id, values));
    return this;
  }

  @Override
  public Optional<RecordView> find(String entity, String id) {
    return records.stream()
        .filter(r -> r.entity().equals(entity) && r.id().orElseThrow().equals(id))
        .findFirst();
  }

  @Override
  public List<RecordView> list(RecordQuery query) {
    return records.stream()
        .filter(r -> r.entity().equals(query.entity()))
        .filter(r -> query.filters().stream().allMatch(f -> holds(f, r)))
        .sorted(
            Comparator.comparing(
                r ->
                    query.sortField() == null
                        ? null
                        : (Comparable) r.values().get(query.sortField()),
                Comparator.nullsLast(Comparator.naturalOrder())))
        .limit(query.limit())
        .toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean holds(RecordFilter f, RecordView r) {
    Object value = r.values().get(f.field());
    if (value == null) {
      return false;
    }
    return switch (f.operator()) {
      case EQ -> value.equals(f.value());
      case IN -> ((List<?>) f.value()).contains(value);
      case LE -> compare(value, f.value()) <= 0;
      case GE -> compare(value, f.value()) >= 0;
      default -> throw new UnsupportedOperationException(f.operator().name());
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    return ((Comparable) a).compareTo(b);
  }
}
