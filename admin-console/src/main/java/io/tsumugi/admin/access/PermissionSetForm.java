package io.tsumugi.admin.access;

import io.tsumugi.admin.console.FormText;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A permission set while the administrator edits it: name, ja/en label, roles typed with commas, a
 * row of operations for every entity (the first row, {@code "*"}, for every entity not listed) and
 * each field's access. Saved compactly: an entity row equal to the {@code "*"} row is not stored
 * (the entity follows {@code "*"}, as entities added later will), nor an editable field. Plain
 * Java.
 */
public class PermissionSetForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String labelJa;
  private String labelEn;
  private String roles = "";
  private final List<EntityPermissionRow> rows = new ArrayList<>();
  private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();

  /**
   * The form for {@code set} (or a new one, which reads every entity, when {@code null}) over the
   * entities of {@code pkg}; {@code label} names an entity for the rows.
   */
  public static PermissionSetForm of(
      PermissionSet set,
      MetadataPackage pkg,
      String everyEntityLabel,
      Function<EntityDef, String> label) {
    PermissionSetForm f = new PermissionSetForm();
    EntityPermission every =
        set == null
            ? new EntityPermission(false, true, false, false, false, false, false, false)
            : set.on(PermissionSet.EVERY_ENTITY);
    f.rows.add(new EntityPermissionRow(PermissionSet.EVERY_ENTITY, everyEntityLabel, every));
    for (EntityDef e : pkg.entities()) {
      EntityPermission p = set == null ? every : set.on(e.name());
      f.rows.add(new EntityPermissionRow(e.name(), label.apply(e), p));
      Map<String, String> byField = new LinkedHashMap<>();
      for (FieldDef field : e.fields()) {
        FieldAccess a = set == null ? FieldAccess.EDIT : set.field(e.name(), field.name());
        byField.put(field.name(), a.name());
      }
      f.fields.put(e.name(), byField);
    }
    if (set != null) {
      f.name = set.name();
      f.labelJa = set.label() == null ? null : set.label().ja();
      f.labelEn = set.label() == null ? null : set.label().en();
      f.roles = String.join(", ", set.roles());
    }
    return f;
  }

  /** The permission set as edited. */
  public PermissionSet toPermissionSet() {
    EntityPermission every = rows.get(0).toPermission();
    Map<String, EntityPermission> entities = new LinkedHashMap<>();
    entities.put(PermissionSet.EVERY_ENTITY, every);
    for (EntityPermissionRow r : rows.subList(1, rows.size())) {
      if (!r.toPermission().equals(every)) {
        entities.put(r.getEntity(), r.toPermission());
      }
    }
    Map<String, Map<String, FieldAccess>> restricted = new LinkedHashMap<>();
    fields.forEach(
        (entity, byField) ->
            byField.forEach(
                (field, access) -> {
                  FieldAccess a = FieldAccess.valueOf(access);
                  if (a != FieldAccess.EDIT) {
                    restricted.computeIfAbsent(entity, k -> new LinkedHashMap<>()).put(field, a);
                  }
                }));
    return new PermissionSet(
        name == null ? null : name.trim(),
        FormText.label(labelJa, labelEn),
        Arrays.stream(roles.split("[,、\\s]+")).filter(s -> !s.isBlank()).distinct().toList(),
        entities,
        restricted);
  }

  /** The field access of one entity, field by field ({@code EDIT}, {@code READ}, {@code NONE}). */
  public Map<String, String> fieldsOf(String entity) {
    return fields.computeIfAbsent(entity, k -> new LinkedHashMap<>());
  }

  public List<EntityPermissionRow> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLabelJa() {
    return labelJa;
  }

  public void setLabelJa(String labelJa) {
    this.labelJa = labelJa;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getRoles() {
    return roles;
  }

  public void setRoles(String roles) {
    this.roles = roles == null ? "" : roles;
  }
}
