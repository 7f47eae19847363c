package io.tsumugi.admin.entity;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.admin.draft.NewIds;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.ValidationRule;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /admin/entity.xhtml}: creates an entity (with its name field) or edits one; lists
 * its fields and rules. Every save goes to the administrator's draft, validated first.
 */
@Named("entityEdit")
@ViewScoped
public class EntityEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;
  @Inject private transient ConsoleContext context;

  private String entityName;
  private String entityId;
  private boolean existing;
  private boolean readOnly;
  private String origin = EntityOrigins.Origin.CUSTOM.name();
  private final EntityForm form = new EntityForm();

  /** The view action: fills the form from the draft, or leaves it empty for a new entity. */
  public String load() {
    if (entityName == null || entityName.isBlank()) {
      return null;
    }
    Optional<EntityDef> entity = drafts.load(caller.loginId()).pkg().entity(entityName);
    if (entity.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    EntityDef e = entity.get();
    existing = true;
    entityId = e.id();
    EntityOrigins.Origin o = context.origins().of(e);
    origin = o.name();
    readOnly = o == EntityOrigins.Origin.PLUGIN;
    form.fill(e);
    return null;
  }

  /** Saves the entity into the draft; a new one goes on to its own page. */
  public String save() {
    if (readOnly) {
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    String pluginNs = context.origins().pluginNamespace(form.getApiName());
    if (!existing && pluginNs != null) {
      ConsoleMessages.error(
          "entity:apiName", ConsoleMessages.text("entity.pluginPrefix", pluginNs + "_"));
      return null;
    }
    EntityDef entity;
    if (existing) {
      Optional<EntityDef> current =
          copy.pkg().entities().stream().filter(e -> e.id().equals(entityId)).findFirst();
      if (current.isEmpty()) {
        ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
        return null;
      }
      entity = form.applyTo(current.get());
    } else {
      if (copy.pkg().entity(form.getApiName()).isPresent()) {
        ConsoleMessages.error("entity:apiName", ConsoleMessages.text("entity.nameTaken"));
        return null;
      }
      entity = newEntity();
    }
    MetadataPackage next = DraftEdits.putEntity(copy.pkg(), entity);
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            next,
            existing ? "entity.changed" : "entity.created",
            entity.name());
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
    return "/admin/entity?faces-redirect=true&entity=" + entity.name();
  }

  /** Removes the entity from the draft (its table is archived when the plan is applied). */
  public String delete() {
    if (readOnly || !existing) {
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            DraftEdits.removeEntity(copy.pkg(), entityId),
            "entity.deleted",
            entityName);
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("entity.deleted", entityName));
    return "/admin/entities?faces-redirect=true";
  }

  /** Removes a field from the draft. */
  public String deleteField(String fieldName) {
    return editEntity(
        e -> e.field(fieldName).map(f -> DraftEdits.removeField(e, f.id())).orElse(e),
        "field.deleted",
        fieldName);
  }

  /** Removes a rule from the draft. */
  public String deleteRule(String ruleName) {
    return editEntity(e -> DraftEdits.removeRule(e, ruleName), "rule.deleted", ruleName);
  }

  private String editEntity(
      java.util.function.UnaryOperator<EntityDef> edit, String action, String what) {
    if (readOnly) {
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    Optional<EntityDef> e = copy.pkg().entity(entityName);
    if (e.isEmpty()) {
      return null;
    }
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            DraftEdits.putEntity(copy.pkg(), edit.apply(e.get())),
            action,
            entityName + "." + what);
    if (ConsoleMessages.problems(report, caller)) {
      ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
      return "/admin/entity?faces-redirect=true&entity=" + entityName;
    }
    return null;
  }

  private EntityDef newEntity() {
    FieldDef nameField =
        FieldDef.builder(NewIds.forName("name"), "name", FieldType.TEXT)
            .label(LocalizedText.of(form.getNameFieldLabelJa(), form.getNameFieldLabelEn()))
            .required(true)
            .filterable(true)
            .sortable(true)
            .searchable(true)
            .build();
    return new EntityDef(
        NewIds.forName(form.getApiName()),
        form.getApiName(),
        LocalizedText.of(form.getLabelJa(), form.getLabelEn()),
        LocalizedText.of(form.getPluralJa(), form.getPluralEn()),
        null,
        blankToNull(form.getIcon()),
        "name",
        null,
        true,
        List.of(nameField),
        List.of(),
        Layouts.NONE,
        List.of());
  }

  /** The fields of the entity in the draft. */
  public List<FieldRow> getFields() {
    List<FieldRow> rows = new ArrayList<>();
    current()
        .ifPresent(
            e -> {
              for (FieldDef f : e.fields()) {
                rows.add(
                    new FieldRow(
                        f.name(),
                        caller.text(f.label()),
                        f.type().jsonName(),
                        f.required(),
                        f.name().equals(e.nameField())));
              }
            });
    return rows;
  }

  /** The validation rules of the entity in the draft. */
  public List<RuleRow> getRules() {
    List<RuleRow> rows = new ArrayList<>();
    current()
        .ifPresent(
            e -> {
              for (ValidationRule r : e.rules()) {
                rows.add(
                    new RuleRow(
                        r.name(),
                        r.expression(),
                        caller.text(r.message()),
                        r.severity().name().toLowerCase(java.util.Locale.ROOT),
                        r.active()));
              }
            });
    return rows;
  }

  /** The text and autonumber fields that may name a record. */
  public List<String> getNameFieldChoices() {
    return current()
        .map(
            e ->
                e.fields().stream()
                    .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.AUTONUMBER)
                    .map(FieldDef::name)
                    .toList())
        .orElse(List.of());
  }

  private Optional<EntityDef> current() {
    if (!existing) {
      return Optional.empty();
    }
    return drafts.load(caller.loginId()).pkg().entity(entityName);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String getEntityName() {
    return entityName;
  }

  public void setEntityName(String entityName) {
    this.entityName = entityName;
  }

  public boolean isExisting() {
    return existing;
  }

  /** True when the entity is active, so its record screens exist. */
  public boolean isApplied() {
    return existing && drafts.engine().active().current().pkg().entity(entityName).isPresent();
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  /** {@code STANDARD}, {@code CUSTOM} or {@code PLUGIN}. */
  public String getOrigin() {
    return origin;
  }

  public EntityForm getForm() {
    return form;
  }
}
