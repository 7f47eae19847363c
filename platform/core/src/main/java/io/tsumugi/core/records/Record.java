package io.tsumugi.core.records;

import java.util.Map;

/**
 * A stored record: its id, version (for optimistic locking) and values by field API name (formulas
 * computed; system columns under their own names: owner_id, created_at, ...). Lookup fields hold
 * the target's id; records read by the query service also carry the targets' display names, so a
 * list can show 取引先 names without a query per row.
 *
 * @param entity the entity's API name
 * @param id the id
 * @param version the version to send back with an update
 * @param values the values
 * @param lookupNames the name of each lookup field's target record, by lookup field name (empty
 *     when not read, e.g. by {@link RecordService#get})
 */
public record Record(
    String entity,
    long id,
    long version,
    Map<String, Object> values,
    Map<String, String> lookupNames) {

  /** Treats missing lookup names as none. */
  public Record {
    lookupNames = lookupNames == null ? Map.of() : lookupNames;
  }

  /** A record without lookup names. */
  public Record(String entity, long id, long version, Map<String, Object> values) {
    this(entity, id, version, values, Map.of());
  }

  /** The value of a field, or {@code null}. */
  public Object get(String field) {
    return values.get(field);
  }

  /** The display name of the record a lookup field points to, or {@code null}. */
  public String lookupName(String lookupField) {
    return lookupNames.get(lookupField);
  }
}
