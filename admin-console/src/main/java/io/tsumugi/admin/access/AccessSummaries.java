package io.tsumugi.admin.access;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SharingRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Permission sets and sharing rules as one line each, in the administrator's language. */
final class AccessSummaries {

  private AccessSummaries() {}

  static List<Map<String, Object>> permissionSets(MetadataPackage pkg, AdminCaller caller) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PermissionSet p : pkg.security().permissionSets()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", p.name());
      row.put("label", caller.text(p.label()));
      row.put("roles", String.join(", ", p.roles()));
      row.put(
          "entities",
          p.entities().entrySet().stream()
              .map(e -> entityLabel(pkg, caller, e.getKey()) + " " + letters(e.getValue()))
              .collect(Collectors.joining(" / ")));
      List<String> fields = new ArrayList<>();
      p.fields()
          .forEach(
              (entity, byField) ->
                  byField.forEach(
                      (field, access) -> {
                        if (access != FieldAccess.EDIT) {
                          fields.add(
                              entity
                                  + "."
                                  + field
                                  + " "
                                  + ConsoleMessages.text("access.field." + access.name()));
                        }
                      }));
      row.put("fields", String.join(" / ", fields));
      rows.add(row);
    }
    return rows;
  }

  static List<Map<String, Object>> sharingRules(MetadataPackage pkg, AdminCaller caller) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SharingRule r : pkg.security().sharingRules()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", r.name());
      row.put("label", caller.text(r.label()));
      row.put("entity", entityLabel(pkg, caller, r.entity()));
      row.put(
          "filters",
          r.filters().stream()
              .map(f -> f.field() + " " + f.operator() + (f.value() == null ? "" : " " + f.value()))
              .collect(Collectors.joining(" AND ")));
      row.put(
          "with",
          r.department() != null
              ? ConsoleMessages.text(
                  r.includeSubDepartments()
                      ? "access.rules.departmentAndBelow"
                      : "access.rules.department",
                  r.department())
              : ConsoleMessages.text("access.rules.role", r.role()));
      row.put(
          "access",
          ConsoleMessages.text(r.readWrite() ? "access.rules.readWrite" : "access.rules.read"));
      rows.add(row);
    }
    return rows;
  }

  private static String entityLabel(MetadataPackage pkg, AdminCaller caller, String name) {
    if (PermissionSet.EVERY_ENTITY.equals(name)) {
      return ConsoleMessages.text("access.everyEntity");
    }
    return pkg.entity(name).map(e -> caller.text(e.label())).orElse(name);
  }

  /** "CRUD IE" style: the granted operations' initials, a dash for each one not granted. */
  static String letters(EntityPermission p) {
    return (p.create() ? "C" : "-")
        + (p.read() ? "R" : "-")
        + (p.update() ? "U" : "-")
        + (p.delete() ? "D" : "-")
        + " "
        + (p.importRecords() ? "I" : "-")
        + (p.export() ? "E" : "-");
  }
}
