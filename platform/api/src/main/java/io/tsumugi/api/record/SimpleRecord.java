package io.tsumugi.api.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain in-memory record: what the platform passes to extensions, and what a plugin's unit tests
 * build to call its extensions without a server.
 */
public final class SimpleRecord implements MutableRecord {

  private final String entity;
  private final String id;
  private final Map<String, Object> values;

  /** A record of {@code entity} with {@code id} (or {@code null} when new) and {@code values}. */
  public SimpleRecord(String entity, String id, Map<String, ?> values) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.id = id;
    this.values = new LinkedHashMap<>(values);
    this.values.values().removeIf(Objects::isNull);
  }

  @Override
  public String entity() {
    return entity;
  }

  @Override
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  @Override
  public void set(String field, Object value) {
    if (value == null) {
      values.remove(field);
    } else {
      values.put(field, value);
    }
  }

  @Override
  public String toString() {
    return entity + "#" + id + values;
  }
}
