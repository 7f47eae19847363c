package io.tsumugi.metadata.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The security section of a package: each entity's default visibility, the permission sets and the
 * sharing rules. A package that declares no permission set keeps the behaviour from before
 * permission sets: every signed-in user may do everything (see docs/security.md).
 *
 * @param visibility the default visibility per entity name; unlisted entities are {@link
 *     Visibility#PUBLIC_READ_WRITE}
 * @param permissionSets the permission sets
 * @param sharingRules the sharing rules
 */
public record SecurityDef(
    Map<String, Visibility> visibility,
    List<PermissionSet> permissionSets,
    List<SharingRule> sharingRules) {

  /** No section: everything public, no permission sets. */
  public static final SecurityDef NONE = new SecurityDef(Map.of(), List.of(), List.of());

  /** Copies the collections, keeping their order. */
  public SecurityDef {
    visibility = Collections.unmodifiableMap(new LinkedHashMap<>(visibility));
    permissionSets = List.copyOf(permissionSets);
    sharingRules = List.copyOf(sharingRules);
  }

  /** The default visibility of {@code entity}. */
  public Visibility visibilityOf(String entity) {
    return visibility.getOrDefault(entity, Visibility.PUBLIC_READ_WRITE);
  }

  /** Finds a permission set by name. */
  public Optional<PermissionSet> permissionSet(String name) {
    return permissionSets.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Whether the section says nothing. */
  public boolean isEmpty() {
    return visibility.isEmpty() && permissionSets.isEmpty() && sharingRules.isEmpty();
  }
}
