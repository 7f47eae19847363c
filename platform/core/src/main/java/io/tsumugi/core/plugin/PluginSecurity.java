package io.tsumugi.core.plugin;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A plugin's {@code security} section inside the active one. The plugin owns the permission sets
 * and sharing rules named {@code <namespace>_…} (replaced on every upgrade, removed on uninstall);
 * the administrator's own choices about the plugin's entities (a visibility changed in the console,
 * a sharing rule or permission-set row of their own) survive upgrades as long as the entity does,
 * and are removed with it, so the active package never names an entity it does not have.
 */
final class PluginSecurity {

  private PluginSecurity() {}

  /** {@code active}'s section without anything of the namespace. */
  static SecurityDef without(SecurityDef active, String namespace) {
    return withoutEntities(ownedBy(active, namespace, false), inNamespace(namespace));
  }

  /**
   * {@code active}'s section with the plugin's: its own sets and rules replace the earlier ones;
   * its visibility defaults apply to entities that have none yet (an upgrade does not undo an
   * administrator's change); whatever named an entity the new version no longer has is removed. The
   * plugin's permission sets are left out while the active package has none of its own, because the
   * first set ends "every signed-in user may do everything" (docs/security.md) and installing a
   * plugin must not lock users out.
   */
  static SecurityDef merged(SecurityDef active, MetadataPackage plugin) {
    String ns = plugin.namespace();
    Set<String> kept = plugin.entities().stream().map(EntityDef::name).collect(Collectors.toSet());
    SecurityDef rest =
        withoutEntities(
            ownedBy(active, ns, false), e -> inNamespace(ns).test(e) && !kept.contains(e));
    SecurityDef own = plugin.security();
    Map<String, Visibility> visibility = new LinkedHashMap<>(rest.visibility());
    own.visibility().forEach(visibility::putIfAbsent);
    List<PermissionSet> sets = new ArrayList<>(rest.permissionSets());
    if (!sets.isEmpty()) {
      sets.addAll(ownedBy(own, ns, true).permissionSets());
    }
    List<SharingRule> rules = new ArrayList<>(rest.sharingRules());
    rules.addAll(ownedBy(own, ns, true).sharingRules());
    return new SecurityDef(visibility, sets, rules);
  }

  /** The section keeping only the sets and rules the namespace owns ({@code owned}) or the rest. */
  private static SecurityDef ownedBy(SecurityDef s, String namespace, boolean owned) {
    Predicate<String> mine = inNamespace(namespace);
    return new SecurityDef(
        s.visibility(),
        s.permissionSets().stream().filter(p -> mine.test(p.name()) == owned).toList(),
        s.sharingRules().stream().filter(r -> mine.test(r.name()) == owned).toList());
  }

  /** The section with every mention of the entities {@code gone} removed. */
  private static SecurityDef withoutEntities(SecurityDef s, Predicate<String> gone) {
    Map<String, Visibility> visibility = new LinkedHashMap<>();
    s.visibility().forEach((e, v) -> putUnless(visibility, e, v, gone));
    List<PermissionSet> sets = s.permissionSets().stream().map(p -> without(p, gone)).toList();
    List<SharingRule> rules =
        s.sharingRules().stream().filter(r -> !gone.test(r.entity())).toList();
    return new SecurityDef(visibility, sets, rules);
  }

  private static PermissionSet without(PermissionSet p, Predicate<String> gone) {
    Map<String, io.tsumugi.metadata.model.EntityPermission> entities = new LinkedHashMap<>();
    p.entities().forEach((e, v) -> putUnless(entities, e, v, gone));
    Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>();
    p.fields().forEach((e, v) -> putUnless(fields, e, v, gone));
    return new PermissionSet(p.name(), p.label(), p.roles(), entities, fields);
  }

  private static <V> void putUnless(
      Map<String, V> into, String entity, V value, Predicate<String> gone) {
    if (!gone.test(entity)) {
      into.put(entity, value);
    }
  }

  private static Predicate<String> inNamespace(String namespace) {
    String prefix = namespace + "_";
    return name -> name != null && name.startsWith(prefix);
  }
}
