package io.tsumugi.admin.draft;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Edits of a draft package. Entities are matched by stable id, fields by stable id, rules by name;
 * a field that is renamed is renamed in the entity's layouts, list views and name field too, and a
 * new field is appended to the first form and detail section so that it shows on the screens.
 */
public final class DraftEdits {

  private DraftEdits() {}

  /** Puts {@code entity} in place of the entity with the same id, or adds it at the end. */
  public static MetadataPackage putEntity(MetadataPackage pkg, EntityDef entity) {
    List<EntityDef> out = new ArrayList<>();
    boolean replaced = false;
    for (EntityDef e : pkg.entities()) {
      if (e.id().equals(entity.id())) {
        out.add(entity);
        replaced = true;
      } else {
        out.add(e);
      }
    }
    if (!replaced) {
      out.add(entity);
    }
    return pkg.withEntities(out);
  }

  /** Removes the entity with id {@code entityId}. */
  public static MetadataPackage removeEntity(MetadataPackage pkg, String entityId) {
    return pkg.withEntities(pkg.entities().stream().filter(e -> !e.id().equals(entityId)).toList());
  }

  /**
   * Puts {@code field} in place of the field with the same id (following a rename into layouts,
   * list views and the name field), or adds it at the end and to the first form/detail section.
   */
  public static EntityDef putField(EntityDef entity, FieldDef field) {
    FieldDef before = entity.fieldById(field.id()).orElse(null);
    List<FieldDef> fields = new ArrayList<>();
    for (FieldDef f : entity.fields()) {
      fields.add(f.id().equals(field.id()) ? field : f);
    }
    if (before == null) {
      fields.add(field);
      EntityDef added = entity.withFields(fields);
      return added.withLayouts(appendToFirstSections(entity.layouts(), field.name()));
    }
    EntityDef changed = entity.withFields(fields);
    if (before.name().equals(field.name())) {
      return changed;
    }
    return Renames.field(changed, before.name(), field.name());
  }

  /** Removes the field with id {@code fieldId} and every layout place that names it. */
  public static EntityDef removeField(EntityDef entity, String fieldId) {
    FieldDef gone = entity.fieldById(fieldId).orElse(null);
    if (gone == null) {
      return entity;
    }
    EntityDef without =
        entity.withFields(entity.fields().stream().filter(f -> !f.id().equals(fieldId)).toList());
    return Renames.without(without, gone.name());
  }

  /** Puts {@code rule} in place of the rule named {@code oldName} (null: add it). */
  public static EntityDef putRule(EntityDef entity, String oldName, ValidationRule rule) {
    List<ValidationRule> rules = new ArrayList<>();
    boolean replaced = false;
    for (ValidationRule r : entity.rules()) {
      if (oldName != null && r.name().equals(oldName)) {
        rules.add(rule);
        replaced = true;
      } else {
        rules.add(r);
      }
    }
    if (!replaced) {
      rules.add(rule);
    }
    return entity.withRules(rules);
  }

  /** Removes the rule named {@code name}. */
  public static EntityDef removeRule(EntityDef entity, String name) {
    return entity.withRules(
        entity.rules().stream().filter(r -> !Objects.equals(r.name(), name)).toList());
  }

  private static Layouts appendToFirstSections(Layouts layouts, String fieldName) {
    return new Layouts(
        appendToFirst(layouts.formSections(), fieldName),
        appendToFirst(layouts.detailSections(), fieldName),
        layouts.relatedLists());
  }

  private static List<LayoutSection> appendToFirst(List<LayoutSection> sections, String name) {
    if (sections.isEmpty()) {
      return sections;
    }
    List<LayoutSection> out = new ArrayList<>(sections);
    LayoutSection first = out.get(0);
    List<String> fields = new ArrayList<>(first.fields());
    fields.add(name);
    out.set(0, new LayoutSection(first.label(), first.columns(), first.collapsed(), fields));
    return out;
  }
}
