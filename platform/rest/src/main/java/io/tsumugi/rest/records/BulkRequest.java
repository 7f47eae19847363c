package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.records.RecordBatch;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.FieldError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A bulk request body read and checked: {@code {"operation":"create"|"update", "atomic":true,
 * "records":[...]}}. A body of the wrong shape is refused whole (400, every problem named by its
 * JSON pointer); more than {@value RecordBatch#MAX_RECORDS} records is a 413.
 *
 * @param operation create or update
 * @param atomic all or nothing (the default) or per-record results
 * @param items the records, their id and version taken out for updates
 * @param bodies the records as sent, for naming unknown properties
 */
record BulkRequest(
    RecordBatch.Operation operation,
    boolean atomic,
    List<RecordBatch.Item> items,
    List<ObjectNode> bodies) {

  private static final Set<String> PROPERTIES = Set.of("operation", "atomic", "records");

  static BulkRequest parse(EntityDef def, ObjectNode json) {
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!PROPERTIES.contains(name)) {
        String safe = name.replaceAll("[^A-Za-z0-9_]", "?");
        errors.add(shape("/" + safe, "json.unknownProperty", "不明なプロパティです。", "unknown property"));
      }
    }
    String op = json.path("operation").asText("");
    RecordBatch.Operation operation =
        switch (json.path("operation").isTextual() ? op : "") {
          case "create" -> RecordBatch.Operation.CREATE;
          case "update" -> RecordBatch.Operation.UPDATE;
          default -> {
            errors.add(
                shape(
                    "/operation",
                    "bulk.operation",
                    "operation は \"create\" か \"update\" にしてください。",
                    "operation must be \"create\" or \"update\"."));
            yield null;
          }
        };
    JsonNode atomicNode = json.get("atomic");
    if (atomicNode != null && !atomicNode.isBoolean()) {
      errors.add(
          shape(
              "/atomic",
              "value.invalidType",
              "atomic は true か false にしてください。",
              "atomic must be true or false."));
    }
    JsonNode records = json.get("records");
    if (records == null || !records.isArray() || records.isEmpty()) {
      errors.add(
          shape(
              "/records",
              "bulk.records",
              "records にレコード（JSON オブジェクト）の配列を 1 件以上指定してください。",
              "records must be an array of one or more records (JSON objects)."));
    } else if (records.size() > RecordBatch.MAX_RECORDS) {
      throw new ApiException(
          413,
          "bulk.tooMany",
          "一度に送れるレコードは " + RecordBatch.MAX_RECORDS + " 件までです（" + records.size() + " 件）。分けて送ってください。",
          "A bulk request holds at most "
              + RecordBatch.MAX_RECORDS
              + " records, this one "
              + records.size()
              + "; split it.");
    }
    List<RecordBatch.Item> items = new ArrayList<>();
    List<ObjectNode> bodies = new ArrayList<>();
    if (errors.isEmpty()) {
      for (int i = 0; i < records.size(); i++) {
        item(def, operation, i, records.get(i), items, bodies, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          400,
          "bulk.malformed",
          "一括リクエストの形式に誤りがあります（" + errors.size() + " 件）。何も書き込んでいません。",
          "The bulk request is malformed (" + errors.size() + " problem(s)); nothing was written.",
          errors);
    }
    return new BulkRequest(
        operation, atomicNode == null || atomicNode.asBoolean(), List.copyOf(items), bodies);
  }

  private static void item(
      EntityDef def,
      RecordBatch.Operation operation,
      int i,
      JsonNode node,
      List<RecordBatch.Item> items,
      List<ObjectNode> bodies,
      List<FieldError> errors) {
    String at = "/records/" + i;
    if (!node.isObject()) {
      errors.add(
          shape(
              at, "json.notObject", "レコードは JSON オブジェクトにしてください。", "a record must be a JSON object"));
      return;
    }
    ObjectNode body = ((ObjectNode) node).deepCopy();
    Long id = null;
    Long version = null;
    if (operation == RecordBatch.Operation.UPDATE) {
      id = integer(body.remove("id"), at + "/id", true, errors);
      version = integer(body.get("version"), at + "/version", false, errors);
    }
    for (Iterator<java.util.Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isObject()) {
        String safe = e.getKey().replaceAll("[^A-Za-z0-9_]", "?");
        errors.add(
            shape(
                at + "/" + safe,
                "value.invalidType",
                "項目にオブジェクトは指定できません。",
                "a field cannot take an object"));
      }
    }
    bodies.add(body);
    if (errors.isEmpty()) {
      items.add(new RecordBatch.Item(id, version, RecordJson.values(def, body)));
    }
  }

  private static Long integer(JsonNode n, String at, boolean required, List<FieldError> errors) {
    if (n == null || n.isNull()) {
      if (required) {
        errors.add(
            shape(
                at, "record.idMissing", "更新するレコードの id が必要です。", "an update needs the record's id"));
      }
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 1) {
      errors.add(shape(at, "value.invalidType", "正の整数にしてください。", "must be a positive integer"));
      return null;
    }
    return n.asLong();
  }

  private static FieldError shape(String pointer, String code, String ja, String en) {
    return new FieldError(pointer, code, pointer + ": " + ja, pointer + ": " + en);
  }
}
