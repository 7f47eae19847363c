package io.tsumugi.metadata.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named bundle of permissions, held by everyone with one of its roles and by the users it is
 * assigned to directly (that assignment is data, not metadata).
 *
 * @param name the API name
 * @param label the label
 * @param roles the roles that hold it
 * @param entities permissions per entity name; the key {@value #EVERY_ENTITY} is every entity not
 *     listed
 * @param fields field access per entity name, then per field name; unlisted fields are {@link
 *     FieldAccess#EDIT}
 */
public record PermissionSet(
    String name,
    LocalizedText label,
    List<String> roles,
    Map<String, EntityPermission> entities,
    Map<String, Map<String, FieldAccess>> fields) {

  /** The key of the entry for every entity not listed. */
  public static final String EVERY_ENTITY = "*";

  /** Copies the collections, keeping their order. */
  public PermissionSet {
    roles = List.copyOf(roles);
    entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    Map<String, Map<String, FieldAccess>> copy = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /** The permissions on {@code entity}: its own entry, else the {@code "*"} one, else none. */
  public EntityPermission on(String entity) {
    EntityPermission p = entities.get(entity);
    if (p == null) {
      p = entities.get(EVERY_ENTITY);
    }
    return p == null ? EntityPermission.NONE : p;
  }

  /** The access to one field of {@code entity}; unlisted fields are editable. */
  public FieldAccess field(String entity, String field) {
    Map<String, FieldAccess> byField = fields.get(entity);
    FieldAccess a = byField == null ? null : byField.get(field);
    return a == null ? FieldAccess.EDIT : a;
  }
}
