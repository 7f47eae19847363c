package io.tsumugi.api.extension;

import java.util.Objects;

/**
 * A field of an entity, as named in metadata.
 *
 * @param entity the entity's API name
 * @param field the field's API name
 * @param type the field's metadata type, e.g. {@code text}, {@code phone}
 */
public record FieldRef(String entity, String field, String type) {

  /** All three are required. */
  public FieldRef {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(type, "type");
  }
}
