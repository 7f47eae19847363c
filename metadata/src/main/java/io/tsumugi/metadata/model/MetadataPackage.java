package io.tsumugi.metadata.model;

import java.util.List;
import java.util.Optional;

/**
 * A package: entities and global picklist value sets under a namespace, with a semantic version.
 *
 * @param namespace {@code std} for the standard package, a plugin's namespace otherwise
 * @param version the semantic version
 * @param label the package label, or {@code null}
 * @param description the description, or {@code null}
 * @param entities the entities
 * @param picklists the global picklist value sets
 * @param security visibility defaults, permission sets and sharing rules ({@link SecurityDef#NONE}
 *     when the package has none)
 */
public record MetadataPackage(
    String namespace,
    String version,
    LocalizedText label,
    LocalizedText description,
    List<EntityDef> entities,
    List<PicklistSet> picklists,
    SecurityDef security) {

  /** The namespace of the standard package, whose names carry no prefix. */
  public static final String STANDARD_NAMESPACE = "std";

  /** Copies the lists. */
  public MetadataPackage {
    entities = List.copyOf(entities);
    picklists = List.copyOf(picklists);
    security = security == null ? SecurityDef.NONE : security;
  }

  /** A package without a security section. */
  public MetadataPackage(
      String namespace,
      String version,
      LocalizedText label,
      LocalizedText description,
      List<EntityDef> entities,
      List<PicklistSet> picklists) {
    this(namespace, version, label, description, entities, picklists, SecurityDef.NONE);
  }

  /** An empty package (for a first plan, or to plan the removal of everything). */
  public static MetadataPackage empty(String namespace) {
    return new MetadataPackage(namespace, "0.0.0", null, null, List.of(), List.of());
  }

  /** Finds an entity by API name. */
  public Optional<EntityDef> entity(String entityName) {
    return entities.stream()
        .filter(e -> entityName != null && entityName.equals(e.name()))
        .findFirst();
  }

  /** Finds a global picklist value set by name. */
  public Optional<PicklistSet> picklist(String setName) {
    return picklists.stream().filter(p -> setName != null && setName.equals(p.name())).findFirst();
  }

  /** Returns a copy with other entities. */
  public MetadataPackage withEntities(List<EntityDef> newEntities) {
    return new MetadataPackage(
        namespace, version, label, description, newEntities, picklists, security);
  }

  /** Returns a copy with another security section. */
  public MetadataPackage withSecurity(SecurityDef newSecurity) {
    return new MetadataPackage(
        namespace, version, label, description, entities, picklists, newSecurity);
  }

  /** The values of a picklist field: inline values, or those of its global set (empty if none). */
  public List<PicklistValue> picklistValues(FieldDef field) {
    if (field.options().values() != null) {
      return field.options().values();
    }
    if (field.options().valueSet() != null) {
      return picklist(field.options().valueSet()).map(PicklistSet::values).orElse(List.of());
    }
    return List.of();
  }
}
