package io.tsumugi.admin.access;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code /admin/permission-set.xhtml}: one permission set (or a new one) with its entity
 * operations and field access. Permission sets are metadata, so saving stages the set in the
 * administrator's draft, checked by the metadata validator; it takes effect when applied.
 */
@Named("permissionSetEdit")
@ViewScoped
public class PermissionSetEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private String setName;
  private boolean existing;
  private PermissionSetForm form;
  private String fieldEntity;

  /** The view action: opens the set named in the address, or a new one. */
  public String load() {
    MetadataPackage pkg = working().pkg();
    Optional<PermissionSet> set =
        setName == null ? Optional.empty() : pkg.security().permissionSet(setName);
    existing = set.isPresent();
    form =
        PermissionSetForm.of(
            set.orElse(null),
            pkg,
            ConsoleMessages.text("access.everyEntity"),
            e -> caller.text(e.label()));
    if (fieldEntity == null && !pkg.entities().isEmpty()) {
      fieldEntity = pkg.entities().get(0).name();
    }
    return null;
  }

  private WorkingCopy working() {
    return drafts.load(caller.loginId());
  }

  /** Stages the set in the draft, in place of the one opened or added at the end. */
  public String save() {
    WorkingCopy copy = working();
    MetadataPackage pkg = copy.pkg();
    PermissionSet edited = form.toPermissionSet();
    boolean clash =
        edited.name() != null
            && !edited.name().equals(setName)
            && pkg.security().permissionSet(edited.name()).isPresent();
    if (clash) {
      ConsoleMessages.error(null, ConsoleMessages.text("access.set.nameTaken", edited.name()));
      return null;
    }
    List<PermissionSet> sets = new ArrayList<>();
    boolean placed = false;
    for (PermissionSet s : pkg.security().permissionSets()) {
      if (existing && s.name().equals(setName)) {
        sets.add(edited);
        placed = true;
      } else {
        sets.add(s);
      }
    }
    if (!placed) {
      sets.add(edited);
    }
    return stage(
        copy,
        sets,
        existing ? "security.permissionSetChanged" : "security.permissionSetCreated",
        edited.name());
  }

  /** Removes the set from the draft (its direct assignments stay, and act again if it returns). */
  public String delete() {
    WorkingCopy copy = working();
    List<PermissionSet> rest =
        copy.pkg().security().permissionSets().stream()
            .filter(s -> !s.name().equals(setName))
            .toList();
    return stage(copy, rest, "security.permissionSetDeleted", setName);
  }

  private String stage(WorkingCopy copy, List<PermissionSet> sets, String action, String detail) {
    SecurityDef old = copy.pkg().security();
    SecurityDef changed = new SecurityDef(old.visibility(), sets, old.sharingRules());
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            copy.pkg().withSecurity(changed),
            action,
            detail);
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("access.staged"));
    return "/admin/access?faces-redirect=true";
  }

  /** The fields of the entity chosen for field access, with their labels. */
  public List<SelectItem> getFieldRows() {
    return working().pkg().entity(fieldEntity).map(caller::fieldChoices).orElse(List.of());
  }

  /** The access of each field of the chosen entity, bound to the menus. */
  public Map<String, String> getFieldAccess() {
    return form.fieldsOf(fieldEntity);
  }

  /** Editable, read only, hidden: the menu of each field. */
  public List<SelectItem> getAccessChoices() {
    List<SelectItem> items = new ArrayList<>();
    for (FieldAccess a : List.of(FieldAccess.EDIT, FieldAccess.READ, FieldAccess.NONE)) {
      items.add(new SelectItem(a.name(), ConsoleMessages.text("access.field." + a.name())));
    }
    return items;
  }

  /** The entities, for the field access menu. */
  public List<SelectItem> getEntityChoices() {
    List<SelectItem> items = new ArrayList<>();
    for (EntityDef e : working().pkg().entities()) {
      items.add(new SelectItem(e.name(), caller.text(e.label()) + " (" + e.name() + ")"));
    }
    return items;
  }

  public String getSetName() {
    return setName;
  }

  public void setSetName(String setName) {
    this.setName = setName;
  }

  public boolean isExisting() {
    return existing;
  }

  public PermissionSetForm getForm() {
    return form;
  }

  public String getFieldEntity() {
    return fieldEntity;
  }

  public void setFieldEntity(String fieldEntity) {
    this.fieldEntity = fieldEntity;
  }
}
