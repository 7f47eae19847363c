package io.tsumugi.rest.openapi;

import static io.tsumugi.rest.openapi.Operations.okInline;
import static io.tsumugi.rest.openapi.Operations.operation;
import static io.tsumugi.rest.openapi.Operations.param;
import static io.tsumugi.rest.openapi.Operations.problems;
import static io.tsumugi.rest.openapi.Operations.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.rest.support.Json;

/** The plugin paths (administrators): list, install, upgrade, enable, disable, uninstall. */
final class PluginPaths {

  private PluginPaths() {}

  static void addTo(ObjectNode paths) {
    ObjectNode any = Json.object().put("type", "object");
    ObjectNode list =
        operation("listPlugins", "Installed plugins with their state, files refused", "Plugins");
    okInline(list, 200, "items and refusedAtStart", any);
    ObjectNode install = operation("installPlugin", "Install a plugin jar", "Plugins");
    jarBody(install);
    param(install, "fileName", "query", false, type("string"), "the jar's name, for messages");
    okInline(install, 201, "the installed plugin", any);
    ObjectNode root = paths.putObject("/v1/plugins");
    root.set("get", problems(list, 401, 403, 429, 503));
    root.set("post", problems(install, 400, 401, 403, 409, 413, 415, 422, 429, 503));

    ObjectNode upgrade = operation("upgradePlugin", "Upgrade a plugin to a newer jar", "Plugins");
    param(upgrade, "id", "path", true, type("string"), null);
    param(upgrade, "fileName", "query", false, type("string"), null);
    jarBody(upgrade);
    okInline(upgrade, 200, "the upgraded plugin", any);
    paths
        .putObject("/v1/plugins/{id}/upgrade")
        .set("post", problems(upgrade, 400, 401, 403, 404, 409, 413, 415, 422, 429, 503));

    for (String action : new String[] {"enable", "disable"}) {
      ObjectNode op =
          operation(
              action + "Plugin",
              action.equals("enable")
                  ? "Start a disabled plugin"
                  : "Stop a plugin's extensions; its entities and data stay",
              "Plugins");
      param(op, "id", "path", true, type("string"), null);
      okInline(op, 200, "the plugin", any);
      paths
          .putObject("/v1/plugins/{id}/" + action)
          .set("post", problems(op, 401, 403, 404, 422, 429, 503));
    }

    ObjectNode uninstall =
        operation("uninstallPlugin", "Uninstall; tables archived unless purge", "Plugins");
    param(uninstall, "id", "path", true, type("string"), null);
    param(uninstall, "purge", "query", false, type("boolean"), "drop the archived tables");
    okInline(uninstall, 200, "the plugin, status uninstalled", any);
    paths
        .putObject("/v1/plugins/{id}")
        .set("delete", problems(uninstall, 400, 401, 403, 404, 422, 429, 503));
  }

  private static void jarBody(ObjectNode op) {
    ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
    content
        .putObject("application/octet-stream")
        .putObject("schema")
        .put("type", "string")
        .put("format", "binary");
    ObjectNode multipart =
        content.putObject("multipart/form-data").putObject("schema").put("type", "object");
    multipart
        .putObject("properties")
        .putObject("file")
        .put("type", "string")
        .put("format", "binary");
  }
}
