package io.tsumugi.admin.rule;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.admin.field.ExpressionCheck;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionError;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.model.ValidationRule;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Backs {@code /admin/rule.xhtml}: adds or edits a validation rule of an entity in the draft. */
@Named("ruleEdit")
@ViewScoped
public class RuleEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private String entityName;
  private String ruleName;
  private String entityLabel;
  private boolean existing;
  private String apiName;
  private String expression;
  private String messageJa;
  private String messageEn;
  private String field;
  private String severity = "error";
  private boolean active = true;
  private String pickedField;
  private List<ExpressionError> expressionErrors = List.of();
  private String trialResult;
  private List<Map<String, Object>> trialRecords = List.of();

  /** The view action: fills the form from the draft's rule, if one is named. */
  public String load() {
    Optional<EntityDef> entity = entity();
    if (entity.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    entityLabel = caller.text(entity.get().label());
    if (ruleName != null && !ruleName.isBlank()) {
      entity.get().rules().stream()
          .filter(r -> r.name().equals(ruleName))
          .findFirst()
          .ifPresent(
              r -> {
                existing = true;
                apiName = r.name();
                expression = r.expression();
                messageJa = r.message().ja();
                messageEn = r.message().en();
                field = r.field();
                severity = r.severity().name().toLowerCase(Locale.ROOT);
                active = r.active();
              });
      checkExpression();
    }
    return null;
  }

  /** Compiles the expression as typed (ajax): CEL's compile and type errors, or none. */
  public void checkExpression() {
    WorkingCopy copy = drafts.load(caller.loginId());
    expressionErrors =
        copy.pkg()
            .entity(entityName)
            .map(e -> ExpressionCheck.errors(copy.pkg(), e, expression, ExprType.BOOL))
            .orElse(List.of());
  }

  /** Appends the picked field's API name to the expression (field picker). */
  public void insertField() {
    if (pickedField != null && !pickedField.isBlank()) {
      expression =
          (expression == null || expression.isBlank() ? "" : expression + " ") + pickedField;
      pickedField = null;
      checkExpression();
    }
  }

  /** Tries the expression on the stored records of the active entity. */
  public void tryOnRecords() {
    WorkingCopy copy = drafts.load(caller.loginId());
    RuleTrial.Result result =
        copy.pkg()
            .entity(entityName)
            .map(e -> new RuleTrial(drafts.engine()).run(copy.pkg(), e, expression))
            .orElse(null);
    trialResult = result == null ? null : result.sentence();
    trialRecords = result == null ? List.of() : result.failing();
  }

  /** Saves the rule into the draft and returns to the entity. */
  public String save() {
    WorkingCopy copy = drafts.load(caller.loginId());
    Optional<EntityDef> entity = copy.pkg().entity(entityName);
    if (entity.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    checkExpression();
    if (!expressionErrors.isEmpty()) {
      ConsoleMessages.error("rule:expression", ConsoleMessages.text("rule.expressionInvalid"));
      return null;
    }
    ValidationRule rule =
        new ValidationRule(
            apiName == null ? null : apiName.trim(),
            expression,
            LocalizedText.of(
                messageJa, messageEn == null || messageEn.isBlank() ? messageJa : messageEn),
            field == null || field.isBlank() ? null : field,
            "warning".equals(severity) ? Severity.WARNING : Severity.ERROR,
            active);
    EntityDef changed = DraftEdits.putRule(entity.get(), existing ? ruleName : null, rule);
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            DraftEdits.putEntity(copy.pkg(), changed),
            existing ? "rule.changed" : "rule.created",
            entityName + "." + rule.name());
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
    return "/admin/entity?faces-redirect=true&entity=" + entityName;
  }

  /** The fields of the entity, for the picker and the field a message is attached to. */
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

  public String getRuleName() {
    return ruleName;
  }

  public void setRuleName(String ruleName) {
    this.ruleName = ruleName;
  }

  public String getEntityLabel() {
    return entityLabel;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getApiName() {
    return apiName;
  }

  public void setApiName(String apiName) {
    this.apiName = apiName;
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public String getMessageJa() {
    return messageJa;
  }

  public void setMessageJa(String messageJa) {
    this.messageJa = messageJa;
  }

  public String getMessageEn() {
    return messageEn;
  }

  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getPickedField() {
    return pickedField;
  }

  public void setPickedField(String pickedField) {
    this.pickedField = pickedField;
  }

  /** The compile errors of the expression in the page's language. */
  public List<String> getExpressionErrors() {
    return ExpressionCheck.texts(expressionErrors, caller.japanese());
  }

  /** True when the errors come from mixing a decimal and a whole number (hint: write 0.0). */
  public boolean isDecimalHint() {
    return ExpressionCheck.mixesDecimalAndWholeNumber(expressionErrors);
  }

  /** True when an expression was typed and compiles. */
  public boolean isExpressionOk() {
    return expression != null && !expression.isBlank() && expressionErrors.isEmpty();
  }

  public String getTrialResult() {
    return trialResult;
  }

  /** The first records the trial failed on ({@code id}, {@code name}), to open. */
  public List<Map<String, Object>> getTrialRecords() {
    return trialRecords;
  }
}
