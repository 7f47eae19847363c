package io.tsumugi.admin.entity;

/** One line of the entity list, with getters for Faces EL. */
public final class EntityRow {

  private final String name;
  private final String label;
  private final String origin;
  private final int fieldCount;
  private final int ruleCount;
  private final boolean changed;
  private final boolean editable;

  EntityRow(
      String name,
      String label,
      String origin,
      int fieldCount,
      int ruleCount,
      boolean changed,
      boolean editable) {
    this.name = name;
    this.label = label;
    this.origin = origin;
    this.fieldCount = fieldCount;
    this.ruleCount = ruleCount;
    this.changed = changed;
    this.editable = editable;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  /** {@code STANDARD}, {@code CUSTOM} or {@code PLUGIN}. */
  public String getOrigin() {
    return origin;
  }

  public int getFieldCount() {
    return fieldCount;
  }

  public int getRuleCount() {
    return ruleCount;
  }

  /** True when the draft changes this entity. */
  public boolean isChanged() {
    return changed;
  }

  /** False for entities a plugin owns. */
  public boolean isEditable() {
    return editable;
  }
}
