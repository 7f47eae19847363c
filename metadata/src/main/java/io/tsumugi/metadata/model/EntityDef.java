package io.tsumugi.metadata.model;

import java.util.List;
import java.util.Optional;

/**
 * An entity: a kind of record, stored in one table.
 *
 * @param id the stable id, unchanged by renames
 * @param name the API name
 * @param label the singular label
 * @param pluralLabel the plural label
 * @param description the description, or {@code null}
 * @param icon the icon name, or {@code null}
 * @param nameField the text or autonumber field naming a record
 * @param pipelineField the picklist holding the pipeline stage, or {@code null}
 * @param owned whether records have an owner
 * @param fields the fields, in document order
 * @param rules the validation rules
 * @param layouts the layouts
 * @param listViews the list views
 */
public record EntityDef(
    String id,
    String name,
    LocalizedText label,
    LocalizedText pluralLabel,
    LocalizedText description,
    String icon,
    String nameField,
    String pipelineField,
    boolean owned,
    List<FieldDef> fields,
    List<ValidationRule> rules,
    Layouts layouts,
    List<ListView> listViews) {

  /** Copies the lists. */
  public EntityDef {
    fields = List.copyOf(fields);
    rules = List.copyOf(rules);
    listViews = List.copyOf(listViews);
    layouts = layouts == null ? Layouts.NONE : layouts;
  }

  /** Finds a field by API name. */
  public Optional<FieldDef> field(String fieldName) {
    return fields.stream().filter(f -> fieldName != null && fieldName.equals(f.name())).findFirst();
  }

  /** Finds a field by stable id. */
  public Optional<FieldDef> fieldById(String fieldId) {
    return fields.stream().filter(f -> fieldId != null && fieldId.equals(f.id())).findFirst();
  }

  /** The fields searched by global search. */
  public List<FieldDef> searchableFields() {
    return fields.stream().filter(FieldDef::searchable).toList();
  }

  /** The fields list views may filter on. */
  public List<FieldDef> filterableFields() {
    return fields.stream().filter(FieldDef::filterable).toList();
  }

  /** The fields list views may sort on. */
  public List<FieldDef> sortableFields() {
    return fields.stream().filter(FieldDef::sortable).toList();
  }

  /** Returns a copy with other fields. */
  public EntityDef withFields(List<FieldDef> newFields) {
    return new EntityDef(
        id,
        name,
        label,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        newFields,
        rules,
        layouts,
        listViews);
  }

  /** Returns a copy with another API name. */
  public EntityDef withName(String newName) {
    return new EntityDef(
        id,
        newName,
        label,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        fields,
        rules,
        layouts,
        listViews);
  }

  /** Returns a copy with other rules. */
  public EntityDef withRules(List<ValidationRule> newRules) {
    return new EntityDef(
        id,
        name,
        label,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        fields,
        newRules,
        layouts,
        listViews);
  }

  /** Returns a copy with another label. */
  public EntityDef withLabel(LocalizedText newLabel) {
    return new EntityDef(
        id,
        name,
        newLabel,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        fields,
        rules,
        layouts,
        listViews);
  }

  /** Returns a copy with another id. */
  public EntityDef withId(String newId) {
    return new EntityDef(
        newId,
        name,
        label,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        fields,
        rules,
        layouts,
        listViews);
  }

  /** Returns a copy with other layouts. */
  public EntityDef withLayouts(Layouts newLayouts) {
    return new EntityDef(
        id,
        name,
        label,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        fields,
        rules,
        newLayouts,
        listViews);
  }

  /** Returns a copy with other list views. */
  public EntityDef withListViews(List<ListView> newListViews) {
    return new EntityDef(
        id,
        name,
        label,
        pluralLabel,
        description,
        icon,
        nameField,
        pipelineField,
        owned,
        fields,
        rules,
        layouts,
        newListViews);
  }
}
