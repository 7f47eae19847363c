package io.tsumugi.core.records;

import java.util.Map;

/**
 * A stored record: its id, version (for optimistic locking) and values by field API name (formulas
 * computed; system columns under their own names: owner_id, created_at, ...).
 *
 * @param entity the entity's API name
 * @param id the id
 * @param version the version to send back with an update
 * @param values the values
 */
public record Record(String entity, long id, long version, Map<String, Object> values) {

  /** The value of a field, or {@code null}. */
  public Object get(String field) {
    return values.get(field);
  }
}
