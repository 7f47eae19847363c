package io.tsumugi.admin.entity;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;

/**
 * Where an entity comes from: the standard package, a plugin (its name starts with the plugin's
 * namespace and an underscore; read-only here, the plugin owns it) or the administrators (custom).
 */
public final class EntityOrigins {

  /** The origin of an entity. */
  public enum Origin {
    STANDARD,
    CUSTOM,
    PLUGIN
  }

  private final List<String> pluginNamespaces;

  /** Origins given the namespaces of the plugins installed. */
  public EntityOrigins(List<String> pluginNamespaces) {
    this.pluginNamespaces = List.copyOf(pluginNamespaces);
  }

  /** The origin of {@code entity}. */
  public Origin of(EntityDef entity) {
    if (pluginNamespace(entity.name()) != null) {
      return Origin.PLUGIN;
    }
    boolean standard =
        StandardPackage.load()
            .entity(entity.name())
            .filter(s -> s.id().equals(entity.id()))
            .isPresent();
    return standard ? Origin.STANDARD : Origin.CUSTOM;
  }

  /** The plugin namespace an API name belongs to, or {@code null}. */
  public String pluginNamespace(String apiName) {
    if (apiName == null) {
      return null;
    }
    return pluginNamespaces.stream()
        .filter(ns -> apiName.startsWith(ns + "_"))
        .findFirst()
        .orElse(null);
  }
}
