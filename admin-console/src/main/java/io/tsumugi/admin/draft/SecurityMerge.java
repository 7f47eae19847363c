package io.tsumugi.admin.draft;

import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The security section when a package file carries only some entities: exporting keeps what
 * concerns the chosen entities, importing lays the file's section over the draft's entry by entry,
 * so a file of two entities neither drops nor invents the permissions of the others.
 */
public final class SecurityMerge {

  private SecurityMerge() {}

  /**
   * What of {@code security} concerns {@code entities}: their default visibility, their sharing
   * rules, and in each permission set their entries plus the entry for every entity ({@code "*"}).
   */
  public static SecurityDef only(SecurityDef security, Collection<String> entities) {
    Map<String, Visibility> visibility = new LinkedHashMap<>(security.visibility());
    visibility.keySet().retainAll(entities);
    List<PermissionSet> sets = new ArrayList<>();
    for (PermissionSet p : security.permissionSets()) {
      Map<String, EntityPermission> perEntity = new LinkedHashMap<>(p.entities());
      perEntity
          .keySet()
          .removeIf(e -> !e.equals(PermissionSet.EVERY_ENTITY) && !entities.contains(e));
      Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>(p.fields());
      fields.keySet().retainAll(entities);
      sets.add(new PermissionSet(p.name(), p.label(), p.roles(), perEntity, fields));
    }
    List<SharingRule> rules =
        security.sharingRules().stream().filter(r -> entities.contains(r.entity())).toList();
    return new SecurityDef(visibility, sets, rules);
  }

  /**
   * {@code imported} laid over {@code draft}: its visibilities and sharing rules replace those of
   * the same entity and name; a permission set of the same name takes the file's label, roles and
   * entries, keeping the draft's entries for entities the file does not mention.
   */
  public static SecurityDef merge(SecurityDef draft, SecurityDef imported) {
    Map<String, Visibility> visibility = new LinkedHashMap<>(draft.visibility());
    visibility.putAll(imported.visibility());
    List<PermissionSet> sets = new ArrayList<>(draft.permissionSets());
    for (PermissionSet incoming : imported.permissionSets()) {
      Optional<PermissionSet> existing = draft.permissionSet(incoming.name());
      sets.removeIf(p -> p.name().equals(incoming.name()));
      sets.add(existing.map(old -> overlay(old, incoming)).orElse(incoming));
    }
    List<SharingRule> rules = new ArrayList<>(draft.sharingRules());
    for (SharingRule incoming : imported.sharingRules()) {
      rules.removeIf(r -> r.name().equals(incoming.name()));
      rules.add(incoming);
    }
    return new SecurityDef(visibility, sets, rules);
  }

  private static PermissionSet overlay(PermissionSet old, PermissionSet incoming) {
    Map<String, EntityPermission> perEntity = new LinkedHashMap<>(old.entities());
    perEntity.putAll(incoming.entities());
    Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>(old.fields());
    fields.putAll(incoming.fields());
    return new PermissionSet(
        incoming.name(), incoming.label(), incoming.roles(), perEntity, fields);
  }
}
