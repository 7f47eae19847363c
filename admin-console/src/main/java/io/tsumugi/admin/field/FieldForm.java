package io.tsumugi.admin.field;

import io.tsumugi.admin.console.FormText;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldDefBuilder;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldOptionsBuilder;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.OnDelete;
import io.tsumugi.metadata.model.PicklistValue;
import io.tsumugi.metadata.model.RollupFunction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of the field editor for every type, and the {@code FieldDef} they make. Options that
 * the editor does not show (a text pattern, a global value set, a related list label) are kept from
 * the field being edited.
 */
public class FieldForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String type = FieldType.TEXT.jsonName();
  private String apiName;
  private String labelJa;
  private String labelEn;
  private String helpJa;
  private String helpEn;
  private boolean required;
  private boolean unique;
  private boolean filterable;
  private boolean sortable;
  private boolean searchable;
  private boolean trackHistory;
  private Integer maxLength;
  private Integer precision;
  private Integer scale;
  private BigDecimal min;
  private BigDecimal max;
  private String currencyCode;
  private List<PicklistRow> values = new ArrayList<>();
  private String target;
  private String onDelete = OnDelete.RESTRICT.jsonName();
  private String prefix;
  private Integer width;
  private String expression;
  private String resultType = FieldType.TEXT.jsonName();
  private String function = RollupFunction.COUNT.jsonName();
  private String childEntity;
  private String childField;
  private String summarizedField;
  private String filter;

  /** Fills the inputs from {@code f}. */
  public void fill(FieldDef f) {
    FieldOptions o = f.options();
    type = f.type().jsonName();
    apiName = f.name();
    labelJa = f.label().ja();
    labelEn = f.label().en();
    helpJa = f.help() == null ? null : f.help().ja();
    helpEn = f.help() == null ? null : f.help().en();
    required = f.required();
    unique = f.unique();
    filterable = f.filterable();
    sortable = f.sortable();
    searchable = f.searchable();
    trackHistory = f.trackHistory();
    maxLength = o.maxLength();
    precision = o.precision();
    scale = o.scale();
    min = o.min();
    max = o.max();
    currencyCode = o.currencyCode();
    values = new ArrayList<>();
    if (o.values() != null) {
      o.values().forEach(v -> values.add(new PicklistRow(v)));
    }
    target = o.target();
    onDelete = o.effectiveOnDelete().jsonName();
    prefix = o.prefix();
    width = o.width();
    expression = o.expression();
    resultType = o.resultType() == null ? FieldType.TEXT.jsonName() : o.resultType().jsonName();
    function = o.function() == null ? RollupFunction.COUNT.jsonName() : o.function().jsonName();
    childEntity = o.childEntity();
    childField = o.childField();
    summarizedField = o.summarizedField();
    filter = o.filter();
  }

  /** The field these inputs describe: {@code before}'s id and hidden options, or {@code newId}. */
  public FieldDef toField(FieldDef before, String newId) {
    FieldType t = fieldType();
    FieldDefBuilder b =
        before == null ? FieldDef.builder(newId, apiName, t) : before.toBuilder().name(apiName);
    FieldOptions kept = before == null || before.type() != t ? FieldOptions.NONE : before.options();
    return b.type(t)
        .label(LocalizedText.of(labelJa, labelEn))
        .help(help())
        .required(required && !t.isComputed())
        .unique(unique && !t.isComputed())
        .filterable(filterable && !t.isComputed())
        .sortable(sortable && !t.isComputed())
        .searchable(searchable)
        .trackHistory(trackHistory)
        .options(options(t, kept))
        .build();
  }

  private LocalizedText help() {
    boolean none = (helpJa == null || helpJa.isBlank()) && (helpEn == null || helpEn.isBlank());
    return none
        ? null
        : new LocalizedText(FormText.blankToNull(helpJa), FormText.blankToNull(helpEn));
  }

  private FieldOptions options(FieldType t, FieldOptions kept) {
    FieldOptionsBuilder o = FieldOptions.builder();
    switch (t) {
      case TEXT, LONGTEXT ->
          o.maxLength(maxLength).pattern(kept.pattern()).patternMessage(kept.patternMessage());
      case INTEGER -> o.min(min).max(max);
      case DECIMAL, PERCENT -> o.min(min).max(max).precision(precision).scale(scale);
      case CURRENCY ->
          o.min(min)
              .max(max)
              .precision(precision)
              .scale(scale)
              .currencyCode(FormText.blankToNull(currencyCode));
      case PICKLIST, MULTIPICKLIST -> {
        if (kept.valueSet() != null) {
          o.valueSet(kept.valueSet());
        } else {
          o.values(picklistValues());
        }
        o.restricted(kept.restricted());
      }
      case LOOKUP ->
          o.target(FormText.blankToNull(target))
              .onDelete(OnDelete.fromJson(onDelete).orElse(OnDelete.RESTRICT))
              .relatedListLabel(kept.relatedListLabel())
              .relatedListColumns(kept.relatedListColumns());
      case AUTONUMBER -> o.prefix(FormText.blankToNull(prefix)).width(width);
      case FORMULA ->
          o.expression(expression)
              .resultType(FieldType.fromJson(resultType).orElse(FieldType.TEXT))
              .scale(scale);
      case ROLLUP ->
          o.function(rollupFunction())
              .childEntity(FormText.blankToNull(childEntity))
              .childField(FormText.blankToNull(childField))
              .summarizedField(isCount() ? null : FormText.blankToNull(summarizedField))
              .filter(FormText.blankToNull(filter));
      default -> {}
    }
    return o.build();
  }

  private List<PicklistValue> picklistValues() {
    return values.stream().filter(r -> !r.isEmpty()).map(PicklistRow::toValue).toList();
  }

  /** The chosen type. */
  public FieldType fieldType() {
    return FieldType.fromJson(type).orElse(FieldType.TEXT);
  }

  /** The chosen rollup function (count when none). */
  public RollupFunction rollupFunction() {
    return RollupFunction.fromJson(function).orElse(RollupFunction.COUNT);
  }

  /** True when the rollup counts records (it then summarises no field). */
  public boolean isCount() {
    return rollupFunction() == RollupFunction.COUNT;
  }

  /** Adds an empty picklist value at the end. */
  public void addValue() {
    values.add(new PicklistRow());
  }

  /** Moves the value at {@code index} one place up (-1) or down (+1). */
  public void moveValue(int index, int by) {
    int to = index + by;
    if (index >= 0 && index < values.size() && to >= 0 && to < values.size()) {
      values.add(to, values.remove(index));
    }
  }

  /** Moves the value at {@code from} so that it ends at position {@code to} (a drag and drop). */
  public void moveValueTo(int from, int to) {
    moveValue(from, to - from);
  }

  /** Removes a value never stored; stored values are deactivated instead. */
  public void removeValue(int index) {
    if (index >= 0 && index < values.size()) {
      values.remove(index);
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getApiName() {
    return apiName;
  }

  public void setApiName(String apiName) {
    this.apiName = apiName == null ? null : apiName.trim();
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

  public String getHelpJa() {
    return helpJa;
  }

  public void setHelpJa(String helpJa) {
    this.helpJa = helpJa;
  }

  public String getHelpEn() {
    return helpEn;
  }

  public void setHelpEn(String helpEn) {
    this.helpEn = helpEn;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isUnique() {
    return unique;
  }

  public void setUnique(boolean unique) {
    this.unique = unique;
  }

  public boolean isFilterable() {
    return filterable;
  }

  public void setFilterable(boolean filterable) {
    this.filterable = filterable;
  }

  public boolean isSortable() {
    return sortable;
  }

  public void setSortable(boolean sortable) {
    this.sortable = sortable;
  }

  public boolean isSearchable() {
    return searchable;
  }

  public void setSearchable(boolean searchable) {
    this.searchable = searchable;
  }

  public boolean isTrackHistory() {
    return trackHistory;
  }

  public void setTrackHistory(boolean trackHistory) {
    this.trackHistory = trackHistory;
  }

  public Integer getMaxLength() {
    return maxLength;
  }

  public void setMaxLength(Integer maxLength) {
    this.maxLength = maxLength;
  }

  public Integer getPrecision() {
    return precision;
  }

  public void setPrecision(Integer precision) {
    this.precision = precision;
  }

  public Integer getScale() {
    return scale;
  }

  public void setScale(Integer scale) {
    this.scale = scale;
  }

  public BigDecimal getMin() {
    return min;
  }

  public void setMin(BigDecimal min) {
    this.min = min;
  }

  public BigDecimal getMax() {
    return max;
  }

  public void setMax(BigDecimal max) {
    this.max = max;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  public void setCurrencyCode(String currencyCode) {
    this.currencyCode = currencyCode;
  }

  public List<PicklistRow> getValues() {
    return values;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getOnDelete() {
    return onDelete;
  }

  public void setOnDelete(String onDelete) {
    this.onDelete = onDelete;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public Integer getWidth() {
    return width;
  }

  public void setWidth(Integer width) {
    this.width = width;
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }

  public String getResultType() {
    return resultType;
  }

  public void setResultType(String resultType) {
    this.resultType = resultType;
  }

  public String getFunction() {
    return function;
  }

  public void setFunction(String function) {
    this.function = function;
  }

  public String getChildEntity() {
    return childEntity;
  }

  public void setChildEntity(String childEntity) {
    this.childEntity = childEntity;
  }

  public String getChildField() {
    return childField;
  }

  public void setChildField(String childField) {
    this.childField = childField;
  }

  public String getSummarizedField() {
    return summarizedField;
  }

  public void setSummarizedField(String summarizedField) {
    this.summarizedField = summarizedField;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }
}
