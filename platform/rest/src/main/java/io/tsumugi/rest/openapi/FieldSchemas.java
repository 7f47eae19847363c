package io.tsumugi.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistValue;
import io.tsumugi.rest.support.Json;
import java.util.List;

/** The JSON Schema (OpenAPI 3.1 dialect) of one field's value. */
final class FieldSchemas {

  private FieldSchemas() {}

  /**
   * The schema of {@code field}. {@code forWrite}: only the values a caller may send (active
   * picklist values of a restricted list); otherwise every value a record may hold.
   */
  static ObjectNode of(MetadataPackage pkg, FieldDef field, boolean forWrite) {
    ObjectNode s = Json.object();
    FieldType type = field.type() == FieldType.FORMULA ? formulaType(field) : field.type();
    switch (type) {
      case TEXT, LONGTEXT, PHONE, POSTAL_CODE, AUTONUMBER -> string(s, field, type);
      case EMAIL -> string(s, field, type).put("format", "email");
      case URL -> string(s, field, type).put("format", "uri");
      case INTEGER -> nullable(s, "integer").put("format", "int64");
      case DECIMAL, CURRENCY, PERCENT, ROLLUP -> number(s, field);
      case BOOLEAN -> nullable(s, "boolean");
      case DATE -> nullable(s, "string").put("format", "date");
      case DATETIME -> nullable(s, "string").put("format", "date-time");
      case LOOKUP ->
          nullable(s, "integer")
              .put("format", "int64")
              .put("description", "id of a " + field.options().target() + " record");
      case PICKLIST -> picklist(s, pkg, field, forWrite);
      case MULTIPICKLIST -> {
        nullable(s, "array");
        picklist(s.putObject("items"), pkg, field, forWrite);
        ((ArrayNode) s.get("items").get("type")).remove(1); // items themselves are never null
        s.put("uniqueItems", true);
      }
      default -> nullable(s, "string");
    }
    if (field.label() != null) {
      s.put("title", field.label().en() != null ? field.label().en() : field.label().ja());
    }
    if (field.help() != null && field.help().en() != null) {
      s.put("description", field.help().en());
    }
    if (field.readOnly() || !field.isStored() || field.type() == FieldType.AUTONUMBER) {
      s.put("readOnly", true);
    }
    return s;
  }

  private static FieldType formulaType(FieldDef field) {
    FieldType result = field.options().resultType();
    return result == null ? FieldType.TEXT : result;
  }

  private static ObjectNode nullable(ObjectNode s, String type) {
    s.putArray("type").add(type).add("null");
    return s;
  }

  private static ObjectNode string(ObjectNode s, FieldDef field, FieldType type) {
    nullable(s, "string");
    Integer max = field.options().effectiveMaxLength(type);
    if (max != null && field.isStored()) {
      s.put("maxLength", max);
    }
    return s;
  }

  private static void number(ObjectNode s, FieldDef field) {
    nullable(s, "number");
    if (field.options().min() != null) {
      s.put("minimum", field.options().min());
    }
    if (field.options().max() != null) {
      s.put("maximum", field.options().max());
    }
  }

  private static void picklist(
      ObjectNode s, MetadataPackage pkg, FieldDef field, boolean forWrite) {
    nullable(s, "string");
    List<PicklistValue> values = pkg.picklistValues(field);
    boolean restricted = field.options().effectiveRestricted();
    if (values.isEmpty() || !restricted) {
      return; // an unrestricted list accepts and keeps other values
    }
    ArrayNode e = s.putArray("enum");
    values.stream().filter(v -> !forWrite || v.active()).forEach(v -> e.add(v.value()));
    e.addNull();
  }
}
