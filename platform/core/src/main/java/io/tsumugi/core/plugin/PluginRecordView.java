package io.tsumugi.core.plugin;

import io.tsumugi.api.record.MutableRecord;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A record as plugins see it ({@link io.tsumugi.api.record.RecordView}): the entity's own fields
 * only, lookups as {@code String} ids, absent when empty. Mutable for {@code beforeSave}.
 */
final class PluginRecordView implements MutableRecord {

  private final String entity;
  private final String id;
  private final Map<String, Object> values;

  private PluginRecordView(String entity, String id, Map<String, Object> values) {
    this.entity = entity;
    this.id = id;
    this.values = values;
  }

  /** The view of platform {@code values} of {@code e} (id {@code null} while creating). */
  static PluginRecordView of(EntityDef e, Long id, Map<String, ?> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (FieldDef f : e.fields()) {
      Object v = values.get(f.name());
      if (v != null) {
        out.put(f.name(), f.isLookup() ? v.toString() : v);
      }
    }
    return new PluginRecordView(e.name(), id == null ? null : id.toString(), out);
  }

  /** The view of a stored record. */
  static PluginRecordView of(EntityDef e, Record r) {
    return of(e, r.id(), r.values());
  }

  /** The values as a plugin left them (may differ from those it was given). */
  Map<String, Object> plainValues() {
    return values;
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
}
