package io.tsumugi.admin.access;

import io.tsumugi.admin.console.FormText;
import io.tsumugi.admin.listview.FilterRow;
import io.tsumugi.admin.listview.ListViewForm;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.SharingRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A sharing rule while the administrator edits it: name, ja/en label, the entity, the filters its
 * records must match (typed as in the list view editor), whom it shares with (a department, with or
 * without those below, or a role) and whether it gives read or read/write access. Plain Java.
 */
public class SharingRuleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Share with a department. */
  public static final String DEPARTMENT = "department";

  /** Share with a role. */
  public static final String ROLE = "role";

  private String name;
  private String labelJa;
  private String labelEn;
  private String entity;
  private final List<FilterRow> filters = new ArrayList<>();
  private String shareWith = DEPARTMENT;
  private String department;
  private boolean includeSubDepartments;
  private String role;
  private boolean readWrite;

  /** A form filled from {@code rule}, or an empty one for a new rule when {@code null}. */
  public static SharingRuleForm of(SharingRule rule) {
    SharingRuleForm f = new SharingRuleForm();
    if (rule == null) {
      return f;
    }
    f.name = rule.name();
    f.labelJa = rule.label() == null ? null : rule.label().ja();
    f.labelEn = rule.label() == null ? null : rule.label().en();
    f.entity = rule.entity();
    rule.filters()
        .forEach(
            x ->
                f.filters.add(
                    new FilterRow(x.field(), x.operator(), ListViewForm.typed(x.value()))));
    f.shareWith = rule.role() != null ? ROLE : DEPARTMENT;
    f.department = rule.department();
    f.includeSubDepartments = rule.includeSubDepartments();
    f.role = rule.role();
    f.readWrite = rule.readWrite();
    return f;
  }

  /** The rule as edited; filter values are read for their field's type ({@code target}). */
  public SharingRule toSharingRule(EntityDef target) {
    boolean byRole = ROLE.equals(shareWith);
    List<ListView.Filter> typed = new ArrayList<>();
    for (FilterRow x : filters) {
      typed.add(
          new ListView.Filter(
              x.getField(),
              x.getOperator(),
              ListViewForm.value(
                  target == null ? java.util.Optional.empty() : target.field(x.getField()), x)));
    }
    return new SharingRule(
        FormText.blankToNull(name),
        FormText.label(labelJa, labelEn),
        entity,
        typed,
        byRole ? null : FormText.blankToNull(department),
        !byRole && includeSubDepartments,
        byRole ? FormText.blankToNull(role) : null,
        readWrite);
  }

  /** Adds a filter on {@code field}. */
  public void addFilter(String field) {
    filters.add(new FilterRow(field, "eq", null));
  }

  /** Removes the filter at {@code index}. */
  public void removeFilter(int index) {
    if (index >= 0 && index < filters.size()) {
      filters.remove(index);
    }
  }

  public List<FilterRow> getFilters() {
    return filters;
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

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public String getShareWith() {
    return shareWith;
  }

  public void setShareWith(String shareWith) {
    this.shareWith = ROLE.equals(shareWith) ? ROLE : DEPARTMENT;
  }

  public boolean isByRole() {
    return ROLE.equals(shareWith);
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public boolean isIncludeSubDepartments() {
    return includeSubDepartments;
  }

  public void setIncludeSubDepartments(boolean includeSubDepartments) {
    this.includeSubDepartments = includeSubDepartments;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getAccess() {
    return readWrite ? "readWrite" : "read";
  }

  public void setAccess(String access) {
    this.readWrite = "readWrite".equals(access);
  }
}
