package io.tsumugi.api.record;

import java.util.Map;
import java.util.Optional;

/**
 * A record as a plugin sees it: the entity's API name, the id (empty before the first save) and the
 * field values by field API name.
 *
 * <p>Values use plain Java types: {@code String} (text, picklist, email, phone, lookup ids), {@code
 * Long} (integer), {@code java.math.BigDecimal} (decimal, currency, percent), {@code Boolean},
 * {@code java.time.LocalDate}, {@code java.time.Instant} (datetime) and {@code
 * java.util.List<String>} (multipicklist). A field without a value is absent from {@link
 * #values()}.
 */
public interface RecordView {

  /** The entity's API name, e.g. {@code realestate_property}. */
  String entity();

  /** The record's id, empty while it is being created. */
  Optional<String> id();

  /** The field values, read-only. */
  Map<String, Object> values();

  /** The value of {@code field}, if present. */
  default Optional<Object> value(String field) {
    return Optional.ofNullable(values().get(field));
  }
}
