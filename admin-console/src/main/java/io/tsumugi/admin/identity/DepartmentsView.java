package io.tsumugi.admin.identity;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.core.identity.Department;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.identity.IdentityServices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backs the departments part of {@code /admin/users.xhtml}: the tree, create, rename, move. */
@Named("departmentsView")
@RequestScoped
public class DepartmentsView {

  @Inject private IdentityServices identities;
  @Inject private ConsoleDraftService console;
  @Inject private AdminCaller caller;

  private String newName;
  private String newParent = "";
  private String selected = "";
  private String rename;
  private String moveTo = "";

  /** Department id (as text) to its path in the tree, e.g. 本社 / 営業部, ordered by path. */
  public Map<String, String> getPaths() {
    List<Department> all = identities.departments().list();
    Map<Long, Department> byId = new HashMap<>();
    all.forEach(d -> byId.put(d.id(), d));
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    for (Department d : all) {
      entries.add(Map.entry(String.valueOf(d.id()), path(d, byId)));
    }
    entries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
    Map<String, String> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The rows of the tree table: path and depth. */
  public List<Map<String, Object>> getRows() {
    return getPaths().entrySet().stream()
        .map(
            e ->
                Map.<String, Object>of(
                    "id", e.getKey(),
                    "path", e.getValue(),
                    "depth", e.getValue().split(" / ").length - 1))
        .toList();
  }

  static String path(Department d, Map<Long, Department> byId) {
    StringBuilder path = new StringBuilder(d.name());
    int guard = 0;
    for (Long p = d.parentId(); p != null && byId.containsKey(p) && guard++ < 100; ) {
      Department parent = byId.get(p);
      path.insert(0, parent.name() + " / ");
      p = parent.parentId();
    }
    return path.toString();
  }

  public void create() {
    run(
        () -> {
          Department d = identities.departments().create(newName, id(newParent));
          console.audit(caller.loginId(), "department.created", d.name());
          ConsoleMessages.info(ConsoleMessages.text("departments.created", d.name()));
        });
  }

  public void renameSelected() {
    run(
        () -> {
          identities.departments().rename(required(selected), rename);
          console.audit(caller.loginId(), "department.renamed", selected + " → " + rename);
          ConsoleMessages.info(ConsoleMessages.text("departments.saved"));
        });
  }

  public void moveSelected() {
    run(
        () -> {
          identities.departments().move(required(selected), id(moveTo));
          console.audit(caller.loginId(), "department.moved", selected + " → " + moveTo);
          ConsoleMessages.info(ConsoleMessages.text("departments.saved"));
        });
  }

  private void run(Runnable change) {
    try {
      change.run();
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
  }

  private static long required(String id) {
    Long value = id(id);
    if (value == null) {
      throw new IdentityException("department.choose", "部門を選んでください。", "Choose a department.");
    }
    return value;
  }

  static Long id(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewParent() {
    return newParent;
  }

  public void setNewParent(String newParent) {
    this.newParent = newParent;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  public String getRename() {
    return rename;
  }

  public void setRename(String rename) {
    this.rename = rename;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }
}
