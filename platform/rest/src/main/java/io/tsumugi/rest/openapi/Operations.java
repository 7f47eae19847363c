package io.tsumugi.rest.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.rest.support.Json;

/** Small builders for OpenAPI operations, parameters and responses. */
final class Operations {

  static final String JSON = "application/json";
  static final String PROBLEM = "application/problem+json";

  private Operations() {}

  static ObjectNode operation(String id, String summary, String tag) {
    ObjectNode op = Json.object().put("operationId", id).put("summary", summary);
    op.putArray("tags").add(tag);
    op.putObject("responses");
    return op;
  }

  static ObjectNode jsonBody(ObjectNode op, String schemaRef) {
    op.putObject("requestBody")
        .put("required", true)
        .putObject("content")
        .putObject(JSON)
        .putObject("schema")
        .put("$ref", EntitySchemas.ref(schemaRef));
    return op;
  }

  static ObjectNode inlineBody(ObjectNode op, ObjectNode schema) {
    op.putObject("requestBody")
        .put("required", true)
        .putObject("content")
        .putObject(JSON)
        .set("schema", schema);
    return op;
  }

  static ObjectNode ok(ObjectNode op, int status, String description, String schemaRef) {
    ObjectNode r = ((ObjectNode) op.get("responses")).putObject(Integer.toString(status));
    r.put("description", description);
    if (schemaRef != null) {
      r.putObject("content")
          .putObject(JSON)
          .putObject("schema")
          .put("$ref", EntitySchemas.ref(schemaRef));
    }
    return r;
  }

  static ObjectNode okInline(ObjectNode op, int status, String description, ObjectNode schema) {
    ObjectNode r = ((ObjectNode) op.get("responses")).putObject(Integer.toString(status));
    r.put("description", description);
    r.putObject("content").putObject(JSON).set("schema", schema);
    return r;
  }

  /** Adds the problem responses named by status. */
  static ObjectNode problems(ObjectNode op, int... statuses) {
    ObjectNode responses = (ObjectNode) op.get("responses");
    for (int status : statuses) {
      responses
          .putObject(Integer.toString(status))
          .put("$ref", "#/components/responses/P" + status);
    }
    return op;
  }

  static ObjectNode param(
      ObjectNode op,
      String name,
      String in,
      boolean required,
      ObjectNode schema,
      String description) {
    ObjectNode p = op.withArray("parameters").addObject();
    p.put("name", name).put("in", in).put("required", required);
    if (description != null) {
      p.put("description", description);
    }
    p.set("schema", schema);
    return op;
  }

  static ObjectNode type(String type) {
    return Json.object().put("type", type);
  }

  static ObjectNode ref(String schema) {
    return Json.object().put("$ref", EntitySchemas.ref(schema));
  }
}
