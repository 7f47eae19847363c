package io.tsumugi.admin.field;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.admin.draft.NewIds;
import io.tsumugi.admin.entity.ConsoleContext;
import io.tsumugi.admin.entity.EntityOrigins;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionError;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.OnDelete;
import io.tsumugi.metadata.model.RollupFunction;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.component.api.PrimeUIData;
import org.primefaces.event.ReorderEvent;

/** Backs {@code /admin/field.xhtml}: adds or edits one field of an entity in the draft. */
@Named("fieldEdit")
@ViewScoped
public class FieldEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The types offered: every one. */
  static final List<FieldType> TYPES = List.of(FieldType.values());

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;
  @Inject private transient ConsoleContext context;

  private String entityName;
  private String fieldName;
  private String fieldId;
  private boolean readOnly;
  private String entityLabel;
  private final FieldForm form = new FieldForm();
  private List<ExpressionError> expressionErrors = List.of();
  private List<ExpressionError> filterErrors = List.of();
  private String formulaPreview;
  private String bulkValues;

  /** The view action: fills the form from the draft's field, or defaults for a new one. */
  public String load() {
    Optional<EntityDef> entity = entity();
    if (entity.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    entityLabel = caller.text(entity.get().label());
    readOnly = context.origins().of(entity.get()) == EntityOrigins.Origin.PLUGIN;
    if (fieldName != null && !fieldName.isBlank()) {
      Optional<FieldDef> f = entity.get().field(fieldName);
      if (f.isEmpty()) {
        ConsoleMessages.error(null, ConsoleMessages.text("field.notFound", fieldName));
        return null;
      }
      fieldId = f.get().id();
      form.fill(f.get());
      checkExpression();
      checkFilter();
    }
    return null;
  }

  /** Saves the field into the draft and returns to the entity. */
  public String save() {
    if (readOnly) {
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    Optional<EntityDef> entity = copy.pkg().entity(entityName);
    if (entity.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    FieldDef before = fieldId == null ? null : entity.get().fieldById(fieldId).orElse(null);
    if (before == null && entity.get().field(form.getApiName()).isPresent()) {
      ConsoleMessages.error("field:apiName", ConsoleMessages.text("field.nameTaken"));
      return null;
    }
    if (form.fieldType() == FieldType.ROLLUP && blank(form.getChildField())) {
      // empty means the child's first lookup to this entity; the file names it
      childLookups(copy.pkg()).stream().findFirst().ifPresent(l -> form.setChildField(l.name()));
    }
    FieldDef field = form.toField(before, NewIds.forName(form.getApiName()));
    EntityDef changed = DraftEdits.putField(entity.get(), field);
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            io.tsumugi.admin.draft.DraftEdits.putEntity(copy.pkg(), changed),
            before == null ? "field.created" : "field.changed",
            entityName + "." + field.name());
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
    return "/admin/entity?faces-redirect=true&entity=" + entityName;
  }

  /** Compiles the formula as typed (ajax). */
  public void checkExpression() {
    formulaPreview = null;
    if (form.fieldType() != FieldType.FORMULA || form.getExpression() == null) {
      expressionErrors = List.of();
      return;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    ExprType type = ExprType.of(FieldType.fromJson(form.getResultType()).orElse(FieldType.TEXT));
    Optional<EntityDef> entity = copy.pkg().entity(entityName);
    expressionErrors =
        entity
            .map(e -> ExpressionCheck.errors(copy.pkg(), e, form.getExpression(), type))
            .orElse(List.of());
    formulaPreview =
        entity.isEmpty() || !expressionErrors.isEmpty() || form.getExpression().isBlank()
            ? null
            : FormulaPreview.of(
                drafts.engine(),
                copy.pkg(),
                entity.get(),
                form.getExpression(),
                type,
                caller.japanese());
  }

  /** Compiles the rollup's condition on the chosen child entity as typed (ajax). */
  public void checkFilter() {
    filterErrors = List.of();
    if (form.fieldType() != FieldType.ROLLUP || blank(form.getFilter())) {
      return;
    }
    MetadataPackage pkg = drafts.load(caller.loginId()).pkg();
    filterErrors =
        child(pkg)
            .map(c -> ExpressionCheck.errors(pkg, c, form.getFilter(), ExprType.BOOL))
            .orElse(List.of());
  }

  /**
   * Another child entity chosen (ajax): its lookup and summarised field are cleared when the new
   * child has no such field, and the condition is checked again on it.
   */
  public void childChanged() {
    MetadataPackage pkg = drafts.load(caller.loginId()).pkg();
    if (childLookups(pkg).stream().noneMatch(f -> f.name().equals(form.getChildField()))) {
      form.setChildField(null);
    }
    if (summarizable(pkg).stream().noneMatch(f -> f.name().equals(form.getSummarizedField()))) {
      form.setSummarizedField(null);
    }
    checkFilter();
  }

  /** The rollup functions: count, sum, min, max. */
  public List<SelectItem> getFunctionChoices() {
    return Arrays.stream(RollupFunction.values())
        .map(f -> new SelectItem(f.jsonName(), ConsoleMessages.text("rollup." + f.jsonName())))
        .toList();
  }

  /** The entities with a lookup to this one: the children a rollup may summarise. */
  public List<SelectItem> getChildEntityChoices() {
    return drafts.load(caller.loginId()).pkg().entities().stream()
        .filter(
            e ->
                e.fields().stream()
                    .anyMatch(f -> f.isLookup() && entityName.equals(f.options().target())))
        .map(e -> new SelectItem(e.name(), caller.text(e.label()) + " (" + e.name() + ")"))
        .toList();
  }

  /** The chosen child's lookups to this entity. */
  public List<SelectItem> getChildFieldChoices() {
    return fieldItems(childLookups(drafts.load(caller.loginId()).pkg()));
  }

  /** The chosen child's numeric and date fields (numeric only for a sum). */
  public List<SelectItem> getSummarizedFieldChoices() {
    return fieldItems(summarizable(drafts.load(caller.loginId()).pkg()));
  }

  /** The condition's compile errors in the page's language. */
  public List<String> getFilterErrors() {
    return ExpressionCheck.texts(filterErrors, caller.japanese());
  }

  private Optional<EntityDef> child(MetadataPackage pkg) {
    return blank(form.getChildEntity()) ? Optional.empty() : pkg.entity(form.getChildEntity());
  }

  private List<FieldDef> childLookups(MetadataPackage pkg) {
    return child(pkg).stream()
        .flatMap(c -> c.fields().stream())
        .filter(f -> f.isLookup() && entityName.equals(f.options().target()))
        .toList();
  }

  private List<FieldDef> summarizable(MetadataPackage pkg) {
    boolean sum = form.rollupFunction() == RollupFunction.SUM;
    return child(pkg).stream()
        .flatMap(c -> c.fields().stream())
        .filter(
            f -> {
              FieldType t = f.type() == FieldType.FORMULA ? f.options().resultType() : f.type();
              boolean numeric = t == FieldType.INTEGER || (t != null && t.isFixedPoint());
              boolean dated = t == FieldType.DATE || t == FieldType.DATETIME;
              return numeric || (dated && !sum);
            })
        .toList();
  }

  private List<SelectItem> fieldItems(List<FieldDef> fields) {
    return fields.stream()
        .map(f -> new SelectItem(f.name(), caller.text(f.label()) + " (" + f.name() + ")"))
        .toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The formula tried on the newest stored record, or null. */
  public String getFormulaPreview() {
    return formulaPreview;
  }

  /** Adds an empty picklist value. */
  public void addValue() {
    form.addValue();
  }

  /** Adds one picklist value per non-empty line of the bulk input (label ja = label en). */
  public void addBulk() {
    if (bulkValues != null) {
      for (String line : bulkValues.split("\\R")) {
        if (!line.isBlank()) {
          PicklistRow row = new PicklistRow();
          row.setLabelJa(line.trim());
          row.setLabelEn(line.trim());
          form.getValues().add(row);
        }
      }
    }
    bulkValues = null;
  }

  /** Moves a picklist value up. */
  public void moveUp(int index) {
    form.moveValue(index, -1);
  }

  /** Moves a picklist value down. */
  public void moveDown(int index) {
    form.moveValue(index, 1);
  }

  /**
   * A picklist value dragged to another place (ajax {@code rowReorder}). It runs after the form's
   * values, typed into the rows at their old places, are in the model; so they move with the row.
   */
  public void valueDragged(ReorderEvent event) {
    form.moveValueTo(event.getFromIndex(), event.getToIndex());
  }

  /**
   * The table's own reordering on a drag, left undone: PrimeFaces would move the row while the
   * request is decoded, before the typed values are put into the rows by their old places, and a
   * value would land in the wrong row. {@link #valueDragged} moves it once they are in.
   */
  public void leaveDragToListener(PrimeUIData table) {
    // nothing: valueDragged moves the row
  }

  /** Removes a picklist value that is not stored yet. */
  public void removeValue(int index) {
    form.removeValue(index);
  }

  /** The field types with their labels in the page's language. */
  public List<SelectItem> getTypeChoices() {
    return TYPES.stream()
        .map(t -> new SelectItem(t.jsonName(), ConsoleMessages.text("type." + t.jsonName())))
        .toList();
  }

  /** The result types a formula may declare. */
  public List<SelectItem> getResultTypeChoices() {
    return List.of(
            FieldType.TEXT,
            FieldType.INTEGER,
            FieldType.DECIMAL,
            FieldType.CURRENCY,
            FieldType.PERCENT,
            FieldType.BOOLEAN,
            FieldType.DATE,
            FieldType.DATETIME)
        .stream()
        .map(t -> new SelectItem(t.jsonName(), ConsoleMessages.text("type." + t.jsonName())))
        .toList();
  }

  /** The entities a lookup may point at. */
  public List<SelectItem> getTargetChoices() {
    return drafts.load(caller.loginId()).pkg().entities().stream()
        .map(e -> new SelectItem(e.name(), caller.text(e.label()) + " (" + e.name() + ")"))
        .toList();
  }

  /** What happens to this record when the lookup's target is deleted. */
  public List<SelectItem> getOnDeleteChoices() {
    return Arrays.stream(OnDelete.values())
        .map(o -> new SelectItem(o.jsonName(), ConsoleMessages.text("onDelete." + o.jsonName())))
        .toList();
  }

  /** The fields an expression may name (field picker). */
  public List<SelectItem> getFieldChoices() {
    return entity().map(caller::fieldChoices).orElse(List.of());
  }

  private Optional<EntityDef> entity() {
    return drafts.load(caller.loginId()).pkg().entity(entityName);
  }

  public String getEntityName() {
    return entityName;
  }

  public void setEntityName(String entityName) {
    this.entityName = entityName;
  }

  public String getFieldName() {
    return fieldName;
  }

  public void setFieldName(String fieldName) {
    this.fieldName = fieldName;
  }

  /** True when editing a field that exists in the draft. */
  public boolean isExisting() {
    return fieldId != null;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public String getEntityLabel() {
    return entityLabel;
  }

  public FieldForm getForm() {
    return form;
  }

  public String getBulkValues() {
    return bulkValues;
  }

  public void setBulkValues(String bulkValues) {
    this.bulkValues = bulkValues;
  }

  /** The compile errors of the expression in the page's language. */
  public List<String> getExpressionErrors() {
    return ExpressionCheck.texts(expressionErrors, caller.japanese());
  }

  /** True when the errors come from mixing a decimal and a whole number (hint: write 0.0). */
  public boolean isDecimalHint() {
    return ExpressionCheck.mixesDecimalAndWholeNumber(expressionErrors);
  }
}
