package io.tsumugi.rest.openapi;

import static io.tsumugi.rest.openapi.Operations.jsonBody;
import static io.tsumugi.rest.openapi.Operations.ok;
import static io.tsumugi.rest.openapi.Operations.operation;
import static io.tsumugi.rest.openapi.Operations.param;
import static io.tsumugi.rest.openapi.Operations.problems;
import static io.tsumugi.rest.openapi.Operations.ref;
import static io.tsumugi.rest.openapi.Operations.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.rest.support.Json;

/** The record paths of one entity, with its own schemas, so typed clients can be generated. */
final class RecordPaths {

  private RecordPaths() {}

  static void addTo(ObjectNode paths, MetadataPackage pkg, EntityDef entity) {
    String type = EntitySchemas.typeName(entity);
    String base = "/v1/records/" + entity.name();

    ObjectNode collection = paths.putObject(base);
    ObjectNode list =
        operation("list" + type, "List or filter " + entity.name() + " records", type);
    param(
        list,
        "filter",
        "query",
        false,
        type("string"),
        "a filter as JSON, see QueryRequest.filter");
    param(
        list, "sort", "query", false, type("string"), "fields, comma-separated; - for descending");
    param(
        list,
        "pageSize",
        "query",
        false,
        type("integer").put("minimum", 1).put("maximum", 200),
        null);
    param(
        list,
        "page",
        "query",
        false,
        type("integer").put("minimum", 1),
        "page number (offset paging)");
    param(list, "cursor", "query", false, type("string"), "nextCursor of the previous page");
    ok(list, 200, "a page of records", type + "Page");
    collection.set("get", problems(list, 400, 401, 403, 422, 429));
    ObjectNode create = operation("create" + type, "Create a " + entity.name() + " record", type);
    jsonBody(create, type + "Create");
    ok(create, 201, "created; Location and ETag headers set", type);
    collection.set("post", problems(create, 400, 401, 403, 413, 415, 422, 429));

    ObjectNode one = paths.putObject(base + "/{id}");
    one.withArray("parameters")
        .addObject()
        .put("name", "id")
        .put("in", "path")
        .put("required", true)
        .set("schema", type("integer").put("format", "int64"));
    ObjectNode get = operation("get" + type, "Read a " + entity.name() + " record", type);
    ok(get, 200, "the record; ETag header set", type);
    one.set("get", problems(get, 401, 404, 429));
    ObjectNode patch = operation("update" + type, "Change some fields (JSON merge patch)", type);
    ifMatch(patch);
    jsonBody(patch, type + "Patch");
    ok(patch, 200, "the record after the change", type);
    one.set("patch", problems(patch, 400, 401, 403, 404, 409, 412, 413, 415, 422, 429));
    ObjectNode put = operation("replace" + type, "Replace every writable field", type);
    ifMatch(put);
    jsonBody(put, type + "Patch");
    ok(put, 200, "the record after the change", type);
    one.set("put", problems(put, 400, 401, 403, 404, 409, 412, 413, 415, 422, 429));
    ObjectNode delete = operation("delete" + type, "Delete a " + entity.name() + " record", type);
    ifMatch(delete);
    ((ObjectNode) delete.get("responses")).putObject("204").put("description", "deleted");
    one.set("delete", problems(delete, 401, 403, 404, 409, 412, 429));

    ObjectNode query =
        operation("query" + type, "Query " + entity.name() + " with a structured filter", type);
    Operations.inlineBody(query, ref("QueryRequest"));
    ok(query, 200, "a page of records", type + "Page");
    paths.putObject(base + "/query").set("post", problems(query, 400, 401, 413, 415, 422, 429));

    ObjectNode bulk = operation("bulk" + type, "Create or update up to 200 records", type);
    Operations.inlineBody(bulk, ref("BulkRequest"));
    ok(bulk, 200, "atomic: every record written; one result per record, in order", "BulkResult");
    ok(bulk, 207, "per record (atomic false): a status per record, in order", "BulkResult");
    paths
        .putObject(base + "/bulk")
        .set("post", problems(bulk, 400, 401, 403, 404, 413, 415, 422, 429));

    ObjectNode history = operation("history" + type, "Field history of a record", type);
    idParam(history);
    param(
        history,
        "pageSize",
        "query",
        false,
        type("integer").put("minimum", 1).put("maximum", 200),
        null);
    param(history, "cursor", "query", false, type("string"), "nextCursor of the previous page");
    ok(history, 200, "changes of tracked fields, newest first", "FieldHistory");
    paths.putObject(base + "/{id}/history").set("get", problems(history, 400, 401, 404, 429));

    for (EntityDef child : pkg.entities()) {
      addRelated(paths, entity, child);
    }

    for (FieldDef field : entity.fields()) {
      if (field.unique() && EntitySchemas.writable(field)) {
        ObjectNode upsert =
            operation(
                "upsert" + type + "By" + pascal(field.name()),
                "Create or update the record whose " + field.name() + " is the value given",
                type);
        param(
            upsert,
            "value",
            "path",
            true,
            type("string"),
            "the value, written as for input (normalised the same way)");
        ifMatch(upsert);
        jsonBody(upsert, type + "Patch");
        ok(upsert, 200, "updated; ETag header set", type);
        ok(upsert, 201, "created; Location and ETag headers set", type);
        paths
            .putObject(base + "/by/" + field.name() + "/{value}")
            .set("put", problems(upsert, 400, 401, 403, 412, 413, 415, 422, 429));
      }
    }
  }

  /** {@code /{id}/related/<child>} when {@code child} has lookups to {@code parent}. */
  private static void addRelated(ObjectNode paths, EntityDef parent, EntityDef child) {
    ArrayNode via = Json.array();
    for (FieldDef f : child.fields()) {
      if (f.isLookup() && f.isStored() && parent.name().equals(f.options().target())) {
        via.add(f.name());
      }
    }
    if (via.isEmpty()) {
      return;
    }
    String type = EntitySchemas.typeName(parent);
    String childType = EntitySchemas.typeName(child);
    ObjectNode related =
        operation(
            "list" + childType + "Of" + type,
            child.name() + " records whose lookup points at this " + parent.name(),
            type);
    idParam(related);
    ObjectNode viaSchema = type("string");
    viaSchema.set("enum", via);
    param(
        related,
        "via",
        "query",
        false,
        viaSchema,
        via.size() > 1 ? "the lookup; needed unless a related list names one" : "the lookup");
    param(
        related,
        "sort",
        "query",
        false,
        type("string"),
        "fields, comma-separated; - for descending");
    param(
        related,
        "pageSize",
        "query",
        false,
        type("integer").put("minimum", 1).put("maximum", 200),
        null);
    param(related, "page", "query", false, type("integer").put("minimum", 1), null);
    param(related, "cursor", "query", false, type("string"), "nextCursor of the previous page");
    ok(related, 200, "a page of " + child.name() + " records", childType + "Page");
    paths
        .putObject("/v1/records/" + parent.name() + "/{id}/related/" + child.name())
        .set("get", problems(related, 400, 401, 404, 422, 429));
  }

  private static void idParam(ObjectNode op) {
    param(op, "id", "path", true, type("integer").put("format", "int64"), null);
  }

  private static void ifMatch(ObjectNode op) {
    param(
        op,
        "If-Match",
        "header",
        false,
        type("string"),
        "the ETag read; 412 if the record changed");
  }

  private static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
