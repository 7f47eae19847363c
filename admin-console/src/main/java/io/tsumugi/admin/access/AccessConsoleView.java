package io.tsumugi.admin.access;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.core.access.AccessExplanation;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.schema.runtime.UnknownEntityException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.Visibility;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /admin/access.xhtml}. Visibility defaults are metadata: a change is staged in the
 * administrator's draft and goes through review and apply like any other. Permission set
 * assignments are data and take effect at once (audited). The explanation reads the active metadata
 * and the database as the record service would.
 */
@Named("accessView")
@ViewScoped
public class AccessConsoleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private final Map<String, String> visibility = new LinkedHashMap<>();
  private String assignLogin = "";
  private String assignSet = "";
  private List<String> assigned = List.of();
  private String explainLogin = "";
  private String explainEntity = "";
  private Long explainId;
  private List<Map<String, Object>> reasons = List.of();
  private String verdict;

  /** Reads each entity's default visibility from the draft (or the active version). */
  @PostConstruct
  void load() {
    SecurityDef security = working().pkg().security();
    for (EntityDef e : working().pkg().entities()) {
      visibility.put(e.name(), security.visibilityOf(e.name()).json());
    }
  }

  private WorkingCopy working() {
    return drafts.load(caller.loginId());
  }

  // ---------------------------------------------------------------- visibility defaults

  /** Entities with their label, whether they have owners, and the current default. */
  public List<Map<String, Object>> getEntities() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EntityDef e : working().pkg().entities()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", e.name());
      row.put("label", caller.text(e.label()));
      row.put("owned", e.owned());
      rows.add(row);
    }
    return rows;
  }

  /** The four defaults, labelled; private and department need an owner on every record. */
  public List<SelectItem> visibilityChoices(boolean owned) {
    List<SelectItem> items = new ArrayList<>();
    for (Visibility v : Visibility.values()) {
      SelectItem item =
          new SelectItem(v.json(), ConsoleMessages.text("access.visibility." + v.json()));
      item.setDisabled(v.needsOwner() && !owned);
      items.add(item);
    }
    return items;
  }

  /** Stages the edited defaults in the draft; unchanged ones stay as they were. */
  public String saveVisibility() {
    WorkingCopy copy = working();
    MetadataPackage pkg = copy.pkg();
    Map<String, Visibility> chosen = new LinkedHashMap<>();
    visibility.forEach(
        (entity, json) ->
            Visibility.fromJson(json)
                .filter(v -> v != Visibility.PUBLIC_READ_WRITE)
                .ifPresent(v -> chosen.put(entity, v)));
    SecurityDef old = pkg.security();
    SecurityDef changed = new SecurityDef(chosen, old.permissionSets(), old.sharingRules());
    if (changed.equals(old)) {
      ConsoleMessages.info(ConsoleMessages.text("access.visibility.unchanged"));
      return null;
    }
    var report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            pkg.withSecurity(changed),
            "security.visibilityStaged",
            chosen.toString());
    if (ConsoleMessages.problems(report, caller)) {
      ConsoleMessages.info(ConsoleMessages.text("access.visibility.staged"));
    }
    return null;
  }

  public Map<String, String> getVisibility() {
    return visibility;
  }

  // ---------------------------------------------------------------- permission sets and rules

  /** The permission sets of the draft (or active version), one summary row each. */
  public List<Map<String, Object>> getPermissionSets() {
    return AccessSummaries.permissionSets(working().pkg(), caller);
  }

  /** The sharing rules, one summary row each. */
  public List<Map<String, Object>> getSharingRules() {
    return AccessSummaries.sharingRules(working().pkg(), caller);
  }

  /** Permission set names for the assignment menu (the active version's: assignments act now). */
  public List<String> getPermissionSetNames() {
    return drafts.engine().active().current().pkg().security().permissionSets().stream()
        .map(p -> p.name())
        .toList();
  }

  // ---------------------------------------------------------------- assignments

  /** Shows the sets assigned directly to the chosen user. */
  public void showAssigned() {
    try {
      assigned = drafts.engine().permissionSetAssignments().of(assignLogin.strip());
    } catch (IdentityException e) {
      assigned = List.of();
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
  }

  public void assign() {
    assignment(true);
  }

  public void unassign() {
    assignment(false);
  }

  private void assignment(boolean add) {
    String login = assignLogin.strip();
    try {
      if (add) {
        drafts.engine().permissionSetAssignments().assign(caller.loginId(), login, assignSet);
      } else {
        drafts.engine().permissionSetAssignments().unassign(caller.loginId(), login, assignSet);
      }
      ConsoleMessages.info(
          ConsoleMessages.text(add ? "access.assigned" : "access.unassigned", assignSet, login));
      showAssigned();
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
  }

  // ---------------------------------------------------------------- why can this user see it

  /** Explains the user's access to the record, reason by reason. */
  public void explain() {
    reasons = List.of();
    verdict = null;
    if (explainId == null || explainLogin.isBlank() || explainEntity.isBlank()) {
      ConsoleMessages.error(null, ConsoleMessages.text("access.explain.incomplete"));
      return;
    }
    try {
      AccessExplanation a =
          drafts.engine().access().explain(explainLogin.strip(), explainEntity, explainId);
      verdict =
          ConsoleMessages.text(
              !a.exists()
                  ? "access.explain.missing"
                  : a.canWrite()
                      ? "access.explain.readWrite"
                      : a.canRead() ? "access.explain.readOnly" : "access.explain.none",
              a.loginId(),
              a.entity(),
              Long.toString(a.id()));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (AccessExplanation.Reason r : a.reasons()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", r.code());
        row.put("text", caller.pick(r.messageJa(), r.messageEn()));
        row.put("readWrite", r.readWrite());
        rows.add(row);
      }
      reasons = rows;
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    } catch (UnknownEntityException e) {
      ConsoleMessages.error(
          null, ConsoleMessages.text("access.explain.unknownEntity", explainEntity));
    }
  }

  /** The active entities, for the explanation's menu. */
  public List<SelectItem> getActiveEntities() {
    return drafts.engine().active().current().pkg().entities().stream()
        .map(e -> new SelectItem(e.name(), caller.text(e.label()) + " (" + e.name() + ")"))
        .toList();
  }

  public List<Map<String, Object>> getReasons() {
    return reasons;
  }

  public String getVerdict() {
    return verdict;
  }

  /** The sets shown as assigned to the chosen user, or a dash. */
  public String getAssignedText() {
    return assigned.isEmpty() ? "—" : String.join(", ", assigned);
  }

  public String getAssignLogin() {
    return assignLogin;
  }

  public void setAssignLogin(String assignLogin) {
    this.assignLogin = assignLogin == null ? "" : assignLogin;
  }

  public String getAssignSet() {
    return assignSet;
  }

  public void setAssignSet(String assignSet) {
    this.assignSet = assignSet == null ? "" : assignSet;
  }

  public String getExplainLogin() {
    return explainLogin;
  }

  public void setExplainLogin(String explainLogin) {
    this.explainLogin = explainLogin == null ? "" : explainLogin;
  }

  public String getExplainEntity() {
    return explainEntity;
  }

  public void setExplainEntity(String explainEntity) {
    this.explainEntity = explainEntity == null ? "" : explainEntity;
  }

  public Long getExplainId() {
    return explainId;
  }

  public void setExplainId(Long explainId) {
    this.explainId = explainId;
  }
}
