package io.tsumugi.admin.access;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.listview.ListViewEditView;
import io.tsumugi.core.identity.Department;
import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.SharingRule;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /admin/sharing-rule.xhtml}: one sharing rule (or a new one). Sharing rules are
 * metadata: saving stages the rule in the administrator's draft, checked by the metadata validator
 * (fields that exist and can be filtered, an entity with owners); it takes effect when applied.
 */
@Named("sharingRuleEdit")
@ViewScoped
public class SharingRuleEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;
  @Inject private transient IdentityServices identities;

  private String ruleName;
  private boolean existing;
  private SharingRuleForm form = new SharingRuleForm();

  /** The view action: opens the rule named in the address, or a new one. */
  public String load() {
    Optional<SharingRule> rule =
        working().pkg().security().sharingRules().stream()
            .filter(r -> r.name().equals(ruleName))
            .findFirst();
    existing = rule.isPresent();
    form = SharingRuleForm.of(rule.orElse(null));
    return null;
  }

  private WorkingCopy working() {
    return drafts.load(caller.loginId());
  }

  /** Stages the rule in the draft, in place of the one opened or added at the end. */
  public String save() {
    WorkingCopy copy = working();
    return SecurityItemEdit.SHARING_RULES.save(
        drafts,
        caller,
        copy,
        existing ? ruleName : null,
        form.toSharingRule(copy.pkg().entity(form.getEntity()).orElse(null)),
        existing ? "security.sharingRuleChanged" : "security.sharingRuleCreated");
  }

  /** Removes the rule from the draft. */
  public String delete() {
    return SecurityItemEdit.SHARING_RULES.delete(
        drafts, caller, working(), ruleName, "security.sharingRuleDeleted");
  }

  public void addFilter() {
    Optional<EntityDef> e = working().pkg().entity(form.getEntity());
    form.addFilter(
        e.map(x -> x.nameField() != null ? x.nameField() : x.fields().get(0).name()).orElse(null));
  }

  public void removeFilter(int index) {
    form.removeFilter(index);
  }

  /** Entities with owners (the only ones a sharing rule can open). */
  public List<SelectItem> getEntityChoices() {
    List<SelectItem> items = new ArrayList<>();
    for (EntityDef e : working().pkg().entities()) {
      if (e.owned()) {
        items.add(new SelectItem(e.name(), caller.text(e.label()) + " (" + e.name() + ")"));
      }
    }
    return items;
  }

  /** The fields of the chosen entity, for the filters. */
  public List<SelectItem> getFieldChoices() {
    return working().pkg().entity(form.getEntity()).map(caller::fieldChoices).orElse(List.of());
  }

  public List<String> getOperators() {
    return ListViewEditView.OPERATORS;
  }

  /** Department names (rules name departments by name, as the package file does). */
  public List<String> getDepartmentNames() {
    return identities.departments().list().stream().map(Department::name).sorted().toList();
  }

  public String getRuleName() {
    return ruleName;
  }

  public void setRuleName(String ruleName) {
    this.ruleName = ruleName;
  }

  public boolean isExisting() {
    return existing;
  }

  public SharingRuleForm getForm() {
    return form;
  }
}
