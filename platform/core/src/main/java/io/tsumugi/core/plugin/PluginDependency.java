package io.tsumugi.core.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a manifest's {@code Plugin-Dependencies}: {@code id}, {@code id@range}, a trailing
 * {@code ?} making it optional (PF4J's syntax).
 *
 * @param pluginId the plugin needed
 * @param versionRange the versions accepted, {@code *} for any
 * @param optional whether the plugin works without it
 */
public record PluginDependency(String pluginId, String versionRange, boolean optional) {

  /** Parses a {@code Plugin-Dependencies} value (comma separated); blank gives none. */
  static List<PluginDependency> parseAll(String header) {
    List<PluginDependency> result = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return result;
    }
    for (String part : header.split(",")) {
      String entry = part.trim();
      if (entry.isEmpty()) {
        continue;
      }
      int at = entry.indexOf('@');
      String id = at < 0 ? entry : entry.substring(0, at);
      String range = at < 0 ? "*" : entry.substring(at + 1);
      boolean optional = id.endsWith("?");
      if (optional) {
        id = id.substring(0, id.length() - 1);
      }
      result.add(new PluginDependency(id.trim(), range.trim(), optional));
    }
    return result;
  }
}
