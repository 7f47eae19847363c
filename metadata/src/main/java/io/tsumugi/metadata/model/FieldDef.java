package io.tsumugi.metadata.model;

/**
 * A field of an entity.
 *
 * @param id the stable id, unchanged by renames
 * @param name the API name
 * @param label the label
 * @param help the help text, or {@code null}
 * @param type the field type
 * @param required whether a value is required
 * @param unique whether values must be unique within the entity
 * @param defaultValue the default value (String, BigDecimal, Boolean or List of String), or null
 * @param readOnly whether users may not edit the value
 * @param trackHistory whether changes are recorded in the field history
 * @param filterable whether list views may filter on it (indexed)
 * @param sortable whether list views may sort on it (indexed)
 * @param searchable whether global search looks into it
 * @param options the type-specific options, never {@code null}
 */
public record FieldDef(
    String id,
    String name,
    LocalizedText label,
    LocalizedText help,
    FieldType type,
    boolean required,
    boolean unique,
    Object defaultValue,
    boolean readOnly,
    boolean trackHistory,
    boolean filterable,
    boolean sortable,
    boolean searchable,
    FieldOptions options) {

  /** Replaces a missing options object by {@link FieldOptions#NONE}. */
  public FieldDef {
    options = options == null ? FieldOptions.NONE : options;
  }

  /** True when this field is a lookup. */
  public boolean isLookup() {
    return type == FieldType.LOOKUP;
  }

  /** True when the field has a column of its own (formula and rollup fields do not). */
  public boolean isStored() {
    return type != null && !type.isComputed();
  }

  /**
   * True when the runtime should keep an index on the column: filterable, sortable, unique, lookup
   * and phone fields (telephony looks records up by number).
   */
  public boolean isIndexed() {
    return isStored()
        && (filterable || sortable || unique || isLookup() || type == FieldType.PHONE);
  }

  /** Returns a builder initialised with this field. */
  public FieldDefBuilder toBuilder() {
    return new FieldDefBuilder(this);
  }

  /** Returns a builder for a new field. */
  public static FieldDefBuilder builder(String id, String name, FieldType type) {
    return new FieldDefBuilder().id(id).name(name).type(type).label(LocalizedText.of(name, name));
  }
}
