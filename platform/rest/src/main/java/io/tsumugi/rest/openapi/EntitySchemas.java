package io.tsumugi.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.rest.support.Json;

/**
 * The component schemas of one entity: the record as read ({@code Account}), the body of a create
 * ({@code AccountCreate}, required fields listed), of a PATCH ({@code AccountPatch}, nothing
 * required), and a page of records ({@code AccountPage}). Unknown properties are refused.
 */
final class EntitySchemas {

  private EntitySchemas() {}

  /** {@code sales_order} becomes {@code SalesOrder}. */
  static String typeName(EntityDef entity) {
    StringBuilder out = new StringBuilder();
    for (String part : entity.name().split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  static void addTo(ObjectNode schemas, MetadataPackage pkg, EntityDef entity) {
    String type = typeName(entity);
    schemas.set(type, record(pkg, entity));
    schemas.set(type + "Create", write(pkg, entity, true));
    schemas.set(type + "Patch", write(pkg, entity, false));
    schemas.set(type + "Page", page(type));
  }

  private static ObjectNode record(MetadataPackage pkg, EntityDef entity) {
    ObjectNode s = Json.object().put("type", "object");
    s.put("title", entity.label().en() == null ? entity.name() : entity.label().en());
    ObjectNode props = s.putObject("properties");
    props.set(
        "id", Json.object().put("type", "integer").put("format", "int64").put("readOnly", true));
    props.set("version", Json.object().put("type", "integer").put("readOnly", true));
    props.set("createdAt", dateTime());
    props.set("updatedAt", dateTime());
    if (entity.owned()) {
      ObjectNode owner = Json.object().put("format", "int64").put("readOnly", true);
      owner.putArray("type").add("integer").add("null");
      props.set("ownerId", owner);
    }
    for (FieldDef field : entity.fields()) {
      props.set(field.name(), FieldSchemas.of(pkg, field, false));
    }
    s.putArray("required").add("id").add("version");
    s.put("additionalProperties", false);
    return s;
  }

  private static ObjectNode write(MetadataPackage pkg, EntityDef entity, boolean create) {
    ObjectNode s = Json.object().put("type", "object");
    ObjectNode props = s.putObject("properties");
    ArrayNode required = Json.array();
    if (!create) {
      props.set(
          "version",
          Json.object()
              .put("type", "integer")
              .put(
                  "description", "the version read; refused with 409 if the record changed since"));
    }
    for (FieldDef field : entity.fields()) {
      if (!writable(field)) {
        continue;
      }
      props.set(field.name(), FieldSchemas.of(pkg, field, true));
      if (create && field.required() && field.defaultValue() == null) {
        required.add(field.name());
      }
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  /** Fields a caller may set: stored, not read-only, not numbered by the platform. */
  static boolean writable(FieldDef field) {
    return field.isStored() && !field.readOnly() && field.type() != FieldType.AUTONUMBER;
  }

  private static ObjectNode page(String type) {
    ObjectNode s = Json.object().put("type", "object");
    ObjectNode props = s.putObject("properties");
    props.putObject("items").put("type", "array").putObject("items").put("$ref", ref(type));
    ObjectNode next = props.putObject("nextCursor");
    next.putArray("type").add("string").add("null");
    next.put("description", "pass as cursor to get the next page; null on the last page");
    props.putObject("page").put("type", "integer");
    props.putObject("pageSize").put("type", "integer");
    props.putObject("total").put("type", "integer").put("description", "at most 10000");
    props.putObject("totalCapped").put("type", "boolean");
    s.putArray("required").add("items");
    return s;
  }

  static String ref(String schema) {
    return "#/components/schemas/" + schema;
  }

  private static ObjectNode dateTime() {
    return Json.object().put("type", "string").put("format", "date-time").put("readOnly", true);
  }
}
