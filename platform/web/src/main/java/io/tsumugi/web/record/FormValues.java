package io.tsumugi.web.record;

import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.SectionView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the record service's values and what the form's inputs hold: date-times are
 * instants in the database and local times in the viewer's zone on screen; multi-picklists arrive
 * from the browser as arrays.
 */
final class FormValues {

  private FormValues() {}

  static Map<String, Object> fromRecord(Map<String, Object> stored, ZoneId zone) {
    Map<String, Object> form = new HashMap<>();
    stored.forEach((field, value) -> form.put(field, toForm(value, zone)));
    return form;
  }

  /** Only fields the form shows and may edit are sent; read-only and computed ones never are. */
  static Map<String, Object> toRecord(
      Map<String, Object> values, List<SectionView> sections, ZoneId zone) {
    Map<String, Object> input = new HashMap<>();
    for (SectionView section : sections) {
      for (FieldView field : section.getFields()) {
        if (field.isReadOnly()) {
          continue;
        }
        input.put(field.getName(), toStored(values.get(field.getName()), zone));
      }
    }
    return input;
  }

  private static Object toStored(Object value, ZoneId zone) {
    if (value instanceof LookupOption lookup) {
      return lookup.getId();
    }
    if (value instanceof LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    if (value instanceof String s && s.isBlank()) {
      return null;
    }
    return value;
  }

  /** The form shows stored instants as local times in the viewer's zone. */
  static Object toForm(Object stored, ZoneId zone) {
    return stored instanceof Instant instant ? LocalDateTime.ofInstant(instant, zone) : stored;
  }
}
