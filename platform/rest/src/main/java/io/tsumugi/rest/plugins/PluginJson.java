package io.tsumugi.rest.plugins;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.plugin.InstalledPlugin;
import io.tsumugi.core.plugin.PluginProblem;
import io.tsumugi.rest.problem.Language;
import io.tsumugi.rest.support.Json;
import java.util.List;

/** Plugins as JSON: state rows and the files refused at start. */
final class PluginJson {

  private PluginJson() {}

  static ObjectNode plugin(InstalledPlugin p, boolean running) {
    ObjectNode out = Json.object();
    out.put("id", p.pluginId());
    out.put("version", p.version());
    out.put("status", p.status().name().toLowerCase(java.util.Locale.ROOT));
    out.put("running", running);
    out.put("fileName", p.fileName());
    out.put("sha256", p.sha256());
    out.put("signed", p.signed());
    out.put("installedAt", p.installedAt().toString());
    out.put("updatedAt", p.updatedAt().toString());
    if (p.lastError() != null) {
      out.put("lastError", p.lastError());
    }
    return out;
  }

  static ObjectNode list(
      List<InstalledPlugin> installed,
      List<String> running,
      List<PluginProblem> problems,
      Language language) {
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    installed.forEach(p -> items.add(plugin(p, running.contains(p.pluginId()))));
    ArrayNode refused = out.putArray("refusedAtStart");
    for (PluginProblem p : problems) {
      ObjectNode row = refused.addObject().put("fileName", p.fileName());
      if (p.pluginId() != null) {
        row.put("id", p.pluginId());
      }
      row.put("message", language == Language.JA ? p.message().ja() : p.message().en());
    }
    return out;
  }
}
