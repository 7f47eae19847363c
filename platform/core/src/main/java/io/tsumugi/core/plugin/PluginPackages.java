package io.tsumugi.core.plugin;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import io.tsumugi.metadata.model.SecurityDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin's package inside the one active package: its entities and picklist sets are those whose
 * names start with {@code <namespace>_} (the validator enforces the prefix on plugin packages); its
 * security section is merged by {@link PluginSecurity}.
 */
final class PluginPackages {

  private PluginPackages() {}

  /** {@code active} without the namespace's entities, picklist sets and security entries. */
  static MetadataPackage without(MetadataPackage active, String namespace) {
    MetadataPackage rest = withoutEntities(active, namespace);
    return copy(
        rest,
        rest.entities(),
        rest.picklists(),
        PluginSecurity.without(active.security(), namespace));
  }

  private static MetadataPackage withoutEntities(MetadataPackage active, String namespace) {
    String prefix = namespace + "_";
    List<EntityDef> entities =
        active.entities().stream().filter(e -> !e.name().startsWith(prefix)).toList();
    List<PicklistSet> picklists =
        active.picklists().stream().filter(p -> !p.name().startsWith(prefix)).toList();
    return copy(active, entities, picklists, active.security());
  }

  /** {@code active} with the plugin's package in place of what the namespace had before. */
  static MetadataPackage merged(MetadataPackage active, MetadataPackage plugin) {
    MetadataPackage rest = withoutEntities(active, plugin.namespace());
    List<EntityDef> entities = new ArrayList<>(rest.entities());
    entities.addAll(plugin.entities());
    List<PicklistSet> picklists = new ArrayList<>(rest.picklists());
    picklists.addAll(plugin.picklists());
    return copy(active, entities, picklists, PluginSecurity.merged(active.security(), plugin));
  }

  /** The names of the namespace's entities in {@code active}. */
  static List<String> entityNames(MetadataPackage active, String namespace) {
    return active.entities().stream()
        .map(EntityDef::name)
        .filter(n -> n.startsWith(namespace + "_"))
        .toList();
  }

  private static MetadataPackage copy(
      MetadataPackage p,
      List<EntityDef> entities,
      List<PicklistSet> picklists,
      SecurityDef security) {
    return new MetadataPackage(
        p.namespace(), p.version(), p.label(), p.description(), entities, picklists, security);
  }
}
