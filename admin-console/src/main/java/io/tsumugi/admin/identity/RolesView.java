package io.tsumugi.admin.identity;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.Role;
import io.tsumugi.core.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs the roles part of {@code /admin/users.xhtml}: the roles that exist with their labels edited
 * in place and a delete button, and a form to add one. A role is data (users hold it); permission
 * sets and sharing rules name roles in the metadata, which is why a role's name does not change.
 */
@Named("rolesView")
@RequestScoped
public class RolesView {

  @Inject private IdentityServices identities;
  @Inject private ConsoleDraftService console;
  @Inject private AdminCaller caller;

  private String name;
  private String labelJa;
  private String labelEn;

  private List<Map<String, String>> rows;

  /**
   * Every role as a row for the table, its labels editable in place (EL reads maps, not record
   * accessors; the maps are kept for the request so that the posted labels land in them).
   */
  public List<Map<String, String>> getRoles() {
    if (rows == null) {
      rows =
          identities.roles().list().stream()
              .map(
                  r -> {
                    Map<String, String> row = new HashMap<>();
                    row.put("name", r.name());
                    row.put("labelJa", r.labelJa());
                    row.put("labelEn", r.labelEn());
                    return row;
                  })
              .toList();
    }
    return rows;
  }

  /** Whether role {@code name} is built in (no delete button). */
  public boolean builtIn(String name) {
    return Roles.BUILT_IN.contains(name);
  }

  /** Saves the labels typed in role {@code name}'s row; audited. */
  public void relabel(String name) {
    Map<String, String> row =
        getRoles().stream().filter(r -> r.get("name").equals(name)).findFirst().orElse(null);
    if (row == null) {
      return;
    }
    try {
      Role r = identities.roles().relabel(name, row.get("labelJa"), row.get("labelEn"));
      console.audit(caller.loginId(), "role.relabelled", r.name());
      ConsoleMessages.info(ConsoleMessages.text("roles.relabelled", r.name()));
      rows = null;
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
  }

  /**
   * Deletes role {@code name}: refused while a user holds it or a permission set or sharing rule
   * names it, in the active package or in the administrator's draft; audited.
   */
  public void delete(String name) {
    try {
      Set<String> namedBy =
          new LinkedHashSet<>(
              Roles.namedBy(console.engine().active().current().pkg().security(), name));
      namedBy.addAll(Roles.namedBy(console.load(caller.loginId()).pkg().security(), name));
      identities.roles().delete(name, List.copyOf(namedBy));
      console.audit(caller.loginId(), "role.deleted", name);
      ConsoleMessages.info(ConsoleMessages.text("roles.deleted", name));
      rows = null;
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
  }

  /** Adds the role typed; audited. */
  public void create() {
    try {
      Role r = identities.roles().create(name, labelJa, labelEn);
      console.audit(caller.loginId(), "role.created", r.name());
      ConsoleMessages.info(ConsoleMessages.text("roles.created", r.name()));
      name = null;
      labelJa = null;
      labelEn = null;
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
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
}
