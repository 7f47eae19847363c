package io.tsumugi.admin.access;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
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
    return SecurityItemEdit.PERMISSION_SETS.save(
        drafts,
        caller,
        working(),
        existing ? setName : null,
        form.toPermissionSet(),
        existing ? "security.permissionSetChanged" : "security.permissionSetCreated");
  }

  /** Removes the set from the draft (its direct assignments stay, and act again if it returns). */
  public String delete() {
    return SecurityItemEdit.PERMISSION_SETS.delete(
        drafts, caller, working(), setName, "security.permissionSetDeleted");
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
