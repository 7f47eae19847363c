package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.FieldError;
import io.tsumugi.rest.support.Json;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts records to the API's JSON and request bodies to the record service's values. */
final class RecordJson {

  private RecordJson() {}

  /**
   * The record service's errors, with its record-level "unknown field" errors replaced by one error
   * per unknown property of {@code body}, named, so a caller sees which property to drop.
   */
  static List<FieldError> errors(
      EntityDef entity, ObjectNode body, List<io.tsumugi.core.records.FieldError> fromService) {
    List<FieldError> out = new ArrayList<>();
    for (io.tsumugi.core.records.FieldError f : fromService) {
      if (f.field() == null && f.code().equals("field.unknown")) {
        continue;
      }
      out.add(
          new FieldError(
              f.field() == null ? "" : f.field(), f.code(), f.messageJa(), f.messageEn()));
    }
    body.fieldNames()
        .forEachRemaining(
            key -> {
              if (!key.equals("version") && entity.field(key).isEmpty()) {
                String name = key.replaceAll("[^A-Za-z0-9_]", "?");
                out.add(
                    new FieldError(
                        name,
                        "field.unknown",
                        entity.name() + " に項目「" + name + "」はありません。",
                        "Entity " + entity.name() + " has no field \"" + name + "\"."));
              }
            });
    return out;
  }

  /**
   * The record as the API shows it (the shape of the entity's OpenAPI schema), without the fields
   * hidden from the caller.
   */
  static ObjectNode toJson(EntityDef entity, Record record) {
    ObjectNode out = Json.object();
    out.put("id", record.id());
    out.put("version", record.version());
    put(out, "createdAt", record.get("created_at"));
    put(out, "updatedAt", record.get("updated_at"));
    if (entity.owned()) {
      put(out, "ownerId", record.get("owner_id"));
    }
    for (FieldDef field : entity.fields()) {
      // A stored field is always read; its absence means the services withheld it (hidden from
      // the caller), so the key is left out too rather than shown as null.
      if (field.isStored() && !record.values().containsKey(field.name())) {
        continue;
      }
      put(out, field.name(), record.get(field.name()));
    }
    return out;
  }

  /**
   * The body's properties as values for the record service; {@code version} is left out (the caller
   * reads it). Objects as values are refused here; everything else the service checks.
   */
  static Map<String, Object> values(EntityDef entity, ObjectNode body) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    body.fields()
        .forEachRemaining(
            e -> {
              if (e.getKey().equals("version")) {
                return;
              }
              if (e.getValue().isObject()) {
                errors.add(
                    new FieldError(
                        e.getKey(),
                        "value.invalidType",
                        "項目「" + e.getKey() + "」にオブジェクトは指定できません。",
                        "Field \"" + e.getKey() + "\" cannot take an object."));
              } else {
                values.put(e.getKey(), value(e.getValue()));
              }
            });
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return values;
  }

  private static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(value(n)));
      return list;
    }
    return node.toString();
  }

  private static void put(ObjectNode out, String name, Object value) {
    if (value == null) {
      out.putNull(name);
    } else if (value instanceof BigDecimal d) {
      out.put(name, d);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      out.put(name, ((Number) value).longValue());
    } else if (value instanceof Number n) {
      out.put(name, new BigDecimal(n.toString()));
    } else if (value instanceof Boolean b) {
      out.put(name, b);
    } else if (value instanceof Collection<?> c) {
      ArrayNode array = out.putArray(name);
      c.forEach(v -> array.add(String.valueOf(v)));
    } else if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
      out.put(name, value.toString());
    } else {
      out.put(name, value.toString());
    }
  }
}
