package io.tsumugi.admin.entity;

/** One line of an entity's field table. */
public final class FieldRow {

  private final String name;
  private final String label;
  private final String type;
  private final boolean required;
  private final boolean nameField;

  FieldRow(String name, String label, String type, boolean required, boolean nameField) {
    this.name = name;
    this.label = label;
    this.type = type;
    this.required = required;
    this.nameField = nameField;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  /** The type's JSON name ({@code currency}, {@code picklist}, ...). */
  public String getType() {
    return type;
  }

  public boolean isRequired() {
    return required;
  }

  /** True for the field that names a record (it cannot be deleted). */
  public boolean isNameField() {
    return nameField;
  }
}
