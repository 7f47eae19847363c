package io.tsumugi.metadata.model;

import java.util.List;

/**
 * Opens the records of an entity that match a filter to a department (with or without its
 * sub-departments) or to a role.
 *
 * @param name the API name
 * @param label the label
 * @param entity the entity whose records are shared
 * @param filters conditions on the entity's own fields, all of which must hold (as in list views)
 * @param department the name of the department shared with ({@code sys_department.name}), or {@code
 *     null}
 * @param includeSubDepartments whether the department's sub-departments share too
 * @param role the role shared with, or {@code null}
 * @param readWrite whether the access given is read/write rather than read only
 */
public record SharingRule(
    String name,
    LocalizedText label,
    String entity,
    List<ListView.Filter> filters,
    String department,
    boolean includeSubDepartments,
    String role,
    boolean readWrite) {

  /** Copies the filters. */
  public SharingRule {
    filters = List.copyOf(filters);
  }
}
