package io.tsumugi.core.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Decides which inspected plugins can load and in which order: each required dependency present in
 * an accepted version, no two files with one id, no cycles; dependencies load first. Refusals say
 * which plugin needs what.
 */
final class PluginLoadOrder {

  /**
   * The outcome.
   *
   * @param ordered the plugins to load, dependencies first
   * @param refused the plugins refused, with the reason
   */
  record Result(List<InspectedPlugin> ordered, List<Refusal> refused) {}

  /**
   * A refused plugin.
   *
   * @param plugin the plugin
   * @param reason why
   */
  record Refusal(InspectedPlugin plugin, PluginRefusedException reason) {}

  private final VersionManager versions = new DefaultVersionManager();

  /** Orders {@code candidates}, given the plugins already running ({@code id -> version}). */
  Result order(List<InspectedPlugin> candidates, Map<String, String> running) {
    List<Refusal> refused = new ArrayList<>();
    Map<String, InspectedPlugin> byId = new LinkedHashMap<>();
    for (InspectedPlugin p : candidates) {
      InspectedPlugin other = byId.putIfAbsent(p.id(), p);
      if (other != null || running.containsKey(p.id())) {
        refused.add(
            new Refusal(
                p,
                PluginRefusedException.of(
                    p.fileName(),
                    "プラグイン ID「" + p.id() + "」は別のファイルで既に読み込まれています。",
                    "plugin id '" + p.id() + "' is already loaded from another file.")));
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (InspectedPlugin p : List.copyOf(byId.values())) {
        PluginRefusedException missing = missingDependency(p, byId, running);
        if (missing != null) {
          byId.remove(p.id());
          refused.add(new Refusal(p, missing));
          changed = true;
        }
      }
    }
    List<InspectedPlugin> ordered = new ArrayList<>();
    Map<String, Boolean> visiting = new LinkedHashMap<>();
    for (InspectedPlugin p : List.copyOf(byId.values())) {
      visit(p, byId, visiting, ordered, refused);
    }
    return new Result(ordered, refused);
  }

  private PluginRefusedException missingDependency(
      InspectedPlugin p, Map<String, InspectedPlugin> byId, Map<String, String> running) {
    for (PluginDependency d : p.dependencies()) {
      InspectedPlugin candidate = byId.get(d.pluginId());
      String version = candidate != null ? candidate.version() : running.get(d.pluginId());
      if (version == null) {
        if (d.optional()) {
          continue;
        }
        return PluginRefusedException.of(
                p.fileName(),
                "必要なプラグイン「" + d.pluginId() + "」(" + d.versionRange() + ")がインストールされていません。",
                "it needs plugin '"
                    + d.pluginId()
                    + "' ("
                    + d.versionRange()
                    + "), which is not installed.")
            .coded("plugin.dependencyMissing");
      }
      if (!"*".equals(d.versionRange())
          && !versions.checkVersionConstraint(version, d.versionRange())) {
        return PluginRefusedException.of(
                p.fileName(),
                "プラグイン「"
                    + d.pluginId()
                    + "」"
                    + d.versionRange()
                    + " が必要ですが、"
                    + version
                    + " がインストールされています。",
                "it needs plugin '"
                    + d.pluginId()
                    + "' "
                    + d.versionRange()
                    + " but version "
                    + version
                    + " is installed.")
            .coded("plugin.dependencyVersion");
      }
    }
    return null;
  }

  /** Depth-first: dependencies before dependents; a plugin met again while visiting is a cycle. */
  private boolean visit(
      InspectedPlugin p,
      Map<String, InspectedPlugin> byId,
      Map<String, Boolean> visiting,
      List<InspectedPlugin> ordered,
      List<Refusal> refused) {
    Boolean state = visiting.get(p.id());
    if (state != null) {
      if (state) {
        refused.add(
            new Refusal(
                p,
                PluginRefusedException.of(
                    p.fileName(),
                    "プラグインの依存関係が循環しています(" + p.id() + " が自分自身に依存します)。",
                    "its dependencies form a cycle (" + p.id() + " depends on itself).")));
        return false;
      }
      return ordered.contains(p);
    }
    visiting.put(p.id(), true);
    boolean ok = true;
    for (PluginDependency d : p.dependencies()) {
      InspectedPlugin dependency = byId.get(d.pluginId());
      if (dependency != null && !visit(dependency, byId, visiting, ordered, refused)) {
        ok = d.optional();
        if (!ok) {
          break;
        }
      }
    }
    visiting.put(p.id(), false);
    if (ok) {
      ordered.add(p);
    } else if (refused.stream().noneMatch(r -> r.plugin().equals(p))) {
      refused.add(
          new Refusal(
              p,
              PluginRefusedException.of(
                  p.fileName(),
                  "依存するプラグインが読み込めないため、読み込めません。",
                  "a plugin it depends on could not be loaded.")));
    }
    return ok;
  }
}
