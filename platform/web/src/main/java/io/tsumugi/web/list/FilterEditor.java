package io.tsumugi.web.list;

import io.tsumugi.core.preferences.ListPreference;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The ad hoc filter of a list: the conditions in force and the one being typed (field, operator,
 * value). Which fields and operators are offered follows what the query service accepts.
 */
public class FilterEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The operators offered, in menu order; the bundle has {@code filter.op.<name>} for each. */
  static final List<String> OPERATORS =
      List.of(
          "eq", "ne", "contains", "starts_with", "gt", "ge", "lt", "le", "is_null", "is_not_null");

  private final List<ListPreference.Condition> conditions = new ArrayList<>();
  private String field;
  private String operator = "eq";
  private String value;

  /** Fields a condition may name: stored and filterable, searchable or a lookup. */
  static List<FieldDef> filterableFields(EntityDef entity) {
    return entity.fields().stream()
        .filter(
            f ->
                f.isStored()
                    && f.type() != FieldType.MULTIPICKLIST
                    && (f.filterable() || f.searchable() || f.isLookup()))
        .toList();
  }

  /** Whether the operator takes no value. */
  static boolean withoutValue(String operator) {
    return "is_null".equals(operator) || "is_not_null".equals(operator);
  }

  /** The condition being typed, or null when it is incomplete. */
  ListPreference.Condition draft() {
    if (field == null || field.isEmpty() || operator == null) {
      return null;
    }
    if (withoutValue(operator)) {
      return new ListPreference.Condition(field, operator, null);
    }
    return value == null || value.isBlank()
        ? null
        : new ListPreference.Condition(field, operator, value.strip());
  }

  void clearDraft() {
    value = null;
  }

  List<ListPreference.Condition> conditions() {
    return conditions;
  }

  void replaceAll(List<ListPreference.Condition> saved) {
    conditions.clear();
    conditions.addAll(saved);
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
