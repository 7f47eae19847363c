package io.tsumugi.rest.openapi;

import static io.tsumugi.rest.openapi.Operations.okInline;
import static io.tsumugi.rest.openapi.Operations.operation;
import static io.tsumugi.rest.openapi.Operations.param;
import static io.tsumugi.rest.openapi.Operations.problems;
import static io.tsumugi.rest.openapi.Operations.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.rest.support.Json;

/**
 * The access paths (administrators): why a user can see a record, and the permission sets assigned
 * to users directly.
 */
final class AccessPaths {

  private AccessPaths() {}

  static void addTo(ObjectNode paths) {
    ObjectNode any = Json.object().put("type", "object");
    ObjectNode explain =
        operation("explainRecordAccess", "Why a user may (or may not) see a record", "Access");
    param(explain, "entity", "path", true, type("string"), "the entity's API name");
    param(explain, "id", "path", true, type("integer"), null);
    param(explain, "user", "query", true, type("string"), "the user's login id");
    okInline(explain, 200, "canRead, canWrite and every reason that applies", any);
    paths
        .putObject("/v1/records/{entity}/{id}/access")
        .set("get", problems(explain, 400, 401, 403, 404, 429));

    ObjectNode list =
        operation("listUserPermissionSets", "Permission sets assigned to a user", "Access");
    param(list, "loginId", "path", true, type("string"), null);
    okInline(list, 200, "the user and the names of the sets assigned", any);
    paths
        .putObject("/v1/users/{loginId}/permission-sets")
        .set("get", problems(list, 401, 403, 404, 429));

    ObjectNode assign = operation("assignPermissionSet", "Assign a permission set", "Access");
    ObjectNode unassign =
        operation("unassignPermissionSet", "Take a permission set back", "Access");
    for (ObjectNode op : new ObjectNode[] {assign, unassign}) {
      param(op, "loginId", "path", true, type("string"), null);
      param(op, "name", "path", true, type("string"), "the permission set's name");
      okInline(op, 200, "the sets assigned afterwards", any);
    }
    ObjectNode one = paths.putObject("/v1/users/{loginId}/permission-sets/{name}");
    one.set("put", problems(assign, 401, 403, 404, 422, 429));
    one.set("delete", problems(unassign, 401, 403, 404, 429));
  }
}
