package io.tsumugi.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.rest.support.Json;

/** The schemas and responses every entity shares: problems, queries, bulk, history, phone. */
final class CommonComponents {

  private CommonComponents() {}

  static void addTo(ObjectNode components) {
    ObjectNode schemas = components.with("schemas");
    schemas.set("Problem", problem());
    schemas.set("Filter", filter());
    schemas.set("QueryRequest", queryRequest());
    schemas.set("BulkRequest", bulkRequest());
    schemas.set("BulkResult", bulkResult());
    schemas.set("FieldHistory", history());
    schemas.set("PhoneMatches", phoneMatches());
    ObjectNode responses = components.putObject("responses");
    int[] statuses = {400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 503};
    for (int status : statuses) {
      ObjectNode r = responses.putObject("P" + status);
      r.put("description", "problem (RFC 9457), in the language of Accept-Language (ja or en)");
      r.putObject("content")
          .putObject(Operations.PROBLEM)
          .putObject("schema")
          .put("$ref", EntitySchemas.ref("Problem"));
    }
    components
        .putObject("securitySchemes")
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("description", "an API token from POST /api/v1/tokens (tsu_...)");
  }

  private static ObjectNode problem() {
    ObjectNode s = object();
    ObjectNode p = s.putObject("properties");
    p.set("type", Operations.type("string").put("format", "uri"));
    p.set("title", Operations.type("string"));
    p.set("status", Operations.type("integer"));
    p.set("detail", Operations.type("string"));
    p.set("instance", Operations.type("string"));
    p.set("code", Operations.type("string"));
    p.putObject("errors").put("type", "array").set("items", fieldError());
    s.putArray("required").add("type").add("title").add("status").add("code");
    return s;
  }

  private static ObjectNode filter() {
    ObjectNode s = Json.object();
    s.put(
        "description",
        "{\"and\":[...]}, {\"or\":[...]}, {\"not\":{...}}, or a condition"
            + " {\"field\":\"name\",\"op\":\"eq|ne|lt|le|gt|ge|between|in|contains|startsWith|isNull\","
            + "\"value\":...} on a filterable field");
    ArrayNode oneOf = s.putArray("oneOf");
    ObjectNode and = oneOf.addObject().put("type", "object");
    and.putObject("properties")
        .putObject("and")
        .put("type", "array")
        .putObject("items")
        .put("$ref", EntitySchemas.ref("Filter"));
    and.putArray("required").add("and");
    ObjectNode or = oneOf.addObject().put("type", "object");
    or.putObject("properties")
        .putObject("or")
        .put("type", "array")
        .putObject("items")
        .put("$ref", EntitySchemas.ref("Filter"));
    or.putArray("required").add("or");
    ObjectNode not = oneOf.addObject().put("type", "object");
    not.putObject("properties").putObject("not").put("$ref", EntitySchemas.ref("Filter"));
    not.putArray("required").add("not");
    ObjectNode cond = oneOf.addObject().put("type", "object");
    ObjectNode cp = cond.putObject("properties");
    cp.set("field", Operations.type("string"));
    ArrayNode ops = cp.putObject("op").put("type", "string").putArray("enum");
    for (String op :
        new String[] {
          "eq", "ne", "lt", "le", "gt", "ge", "between", "in", "contains", "startsWith", "isNull"
        }) {
      ops.add(op);
    }
    cp.putObject("value");
    cond.putArray("required").add("field").add("op");
    return s;
  }

  private static ObjectNode queryRequest() {
    ObjectNode s = object();
    ObjectNode p = s.putObject("properties");
    p.set("filter", Operations.ref("Filter"));
    ObjectNode sort =
        p.putObject("sort").put("type", "array").putObject("items").put("type", "object");
    sort.putObject("properties").set("field", Operations.type("string"));
    ((ObjectNode) sort.get("properties"))
        .putObject("direction")
        .putArray("enum")
        .add("asc")
        .add("desc");
    p.set("pageSize", Operations.type("integer").put("minimum", 1).put("maximum", 200));
    p.set("page", Operations.type("integer").put("minimum", 1));
    p.set("cursor", Operations.type("string"));
    p.set("count", Operations.type("boolean"));
    s.put("additionalProperties", false);
    return s;
  }

  private static ObjectNode bulkRequest() {
    ObjectNode s = object();
    ObjectNode p = s.putObject("properties");
    p.putObject("operation").put("type", "string").putArray("enum").add("create").add("update");
    p.putObject("atomic")
        .put("type", "boolean")
        .put(
            "description",
            "true (default): all or nothing, 422 listing every error; false: per-record results"
                + " (207)");
    p.putObject("records")
        .put("type", "array")
        .put("minItems", 1)
        .put("maxItems", 200)
        .put(
            "description",
            "the records' fields; for update each also has id and may have version (409 if the"
                + " record moved on)")
        .putObject("items")
        .put("type", "object");
    s.putArray("required").add("operation").add("records");
    s.put("additionalProperties", false);
    return s;
  }

  private static ObjectNode bulkResult() {
    ObjectNode s = object();
    ObjectNode p = s.putObject("properties");
    p.set("atomic", Operations.type("boolean"));
    p.set("succeeded", Operations.type("integer"));
    p.set("failed", Operations.type("integer"));
    ObjectNode item =
        p.putObject("results").put("type", "array").putObject("items").put("type", "object");
    ObjectNode ip = item.putObject("properties");
    ip.set("index", Operations.type("integer").put("description", "position in records"));
    ip.putObject("status")
        .put("type", "integer")
        .put(
            "description",
            "201 created, 200 updated, 404 no such record, 409 changed since version, 422 invalid,"
                + " 424 not attempted")
        .putArray("enum")
        .add(200)
        .add(201)
        .add(404)
        .add(409)
        .add(422)
        .add(424);
    ip.set("id", Operations.type("integer"));
    ip.set("version", Operations.type("integer"));
    ip.set("record", object().put("description", "the record after the write"));
    ip.putObject("errors")
        .put("type", "array")
        .put("description", "field is a JSON pointer into the request: /records/3/amount")
        .set("items", fieldError());
    item.putArray("required").add("index").add("status");
    s.putArray("required").add("atomic").add("succeeded").add("failed").add("results");
    return s;
  }

  private static ObjectNode history() {
    ObjectNode s = object();
    ObjectNode p = s.putObject("properties");
    ObjectNode item =
        p.putObject("items").put("type", "array").putObject("items").put("type", "object");
    ObjectNode ip = item.putObject("properties");
    ip.set("field", Operations.type("string"));
    ip.putObject("oldValue").putArray("type").add("string").add("null");
    ip.putObject("newValue").putArray("type").add("string").add("null");
    ip.putObject("changedBy").putArray("type").add("integer").add("null");
    ip.putObject("changedByLogin").putArray("type").add("string").add("null");
    ip.set("changedAt", Operations.type("string").put("format", "date-time"));
    item.putArray("required")
        .add("field")
        .add("oldValue")
        .add("newValue")
        .add("changedBy")
        .add("changedAt");
    item.put("additionalProperties", false);
    p.putObject("nextCursor").putArray("type").add("string").add("null");
    p.set("pageSize", Operations.type("integer"));
    s.putArray("required").add("items").add("nextCursor").add("pageSize");
    return s;
  }

  private static ObjectNode phoneMatches() {
    ObjectNode s = object();
    ObjectNode p = s.putObject("properties");
    p.set("number", Operations.type("string").put("description", "the number as sent"));
    p.set(
        "normalized",
        Operations.type("string").put("description", "the stored form: 03-1234-5678"));
    ObjectNode item =
        p.putObject("matches").put("type", "array").putObject("items").put("type", "object");
    ObjectNode ip = item.putObject("properties");
    ip.set("entity", Operations.type("string"));
    ip.set("id", Operations.type("integer"));
    ip.putObject("name").putArray("type").add("string").add("null");
    ip.set("field", Operations.type("string").put("description", "the phone field that matched"));
    item.putArray("required").add("entity").add("id").add("name").add("field");
    item.put("additionalProperties", false);
    s.putArray("required").add("number").add("normalized").add("matches");
    return s;
  }

  private static ObjectNode fieldError() {
    ObjectNode item = object();
    ObjectNode ip = item.putObject("properties");
    ip.set(
        "field",
        Operations.type("string")
            .put("description", "a field's API name, or a JSON pointer into the body"));
    ip.set("code", Operations.type("string"));
    ip.set("message", Operations.type("string"));
    item.putArray("required").add("field").add("code").add("message");
    return item;
  }

  private static ObjectNode object() {
    return Json.object().put("type", "object");
  }
}
