package io.tsumugi.core.plugin;

import io.tsumugi.api.record.SimpleRecord;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records as plugins see them ({@link io.tsumugi.api.record.RecordView}): the API's own {@link
 * SimpleRecord} holding the entity's own fields only, lookups as {@code String} ids, absent when
 * empty; mutable for {@code beforeSave}.
 */
final class PluginRecordView {

  private PluginRecordView() {}

  /** The view of platform {@code values} of {@code e} (id {@code null} while creating). */
  static SimpleRecord of(EntityDef e, Long id, Map<String, ?> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (FieldDef f : e.fields()) {
      Object v = values.get(f.name());
      if (v != null) {
        out.put(f.name(), f.isLookup() ? v.toString() : v);
      }
    }
    return new SimpleRecord(e.name(), id == null ? null : id.toString(), out);
  }

  /** The view of a stored record. */
  static SimpleRecord of(EntityDef e, Record r) {
    return of(e, r.id(), r.values());
  }
}
