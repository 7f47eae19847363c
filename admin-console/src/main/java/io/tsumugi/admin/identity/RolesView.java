package io.tsumugi.admin.identity;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Backs the roles part of {@code /admin/users.xhtml}: the roles that exist and a form to add one. A
 * role is data (users hold it); permission sets and sharing rules name roles in the metadata.
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

  /** Every role, by name, as rows for the table (EL reads maps, not record accessors). */
  public List<Map<String, String>> getRoles() {
    return identities.roles().list().stream()
        .map(r -> Map.of("name", r.name(), "labelJa", r.labelJa(), "labelEn", r.labelEn()))
        .toList();
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
