package io.tsumugi.metadata.model;

import java.math.BigDecimal;
import java.util.List;

/** A mutable builder of {@link FieldOptions}. */
public final class FieldOptionsBuilder {
  private Integer maxLength;
  private String pattern;
  private LocalizedText patternMessage;
  private BigDecimal min;
  private BigDecimal max;
  private Integer precision;
  private Integer scale;
  private String currencyCode;
  private List<PicklistValue> values;
  private String valueSet;
  private Boolean restricted;
  private String target;
  private OnDelete onDelete;
  private LocalizedText relatedListLabel;
  private List<String> relatedListColumns;
  private String prefix;
  private Integer width;
  private String expression;
  private FieldType resultType;
  private RollupFunction function;
  private String childEntity;
  private String childField;
  private String summarizedField;
  private String filter;

  FieldOptionsBuilder() {}

  FieldOptionsBuilder(FieldOptions o) {
    this.maxLength = o.maxLength();
    this.pattern = o.pattern();
    this.patternMessage = o.patternMessage();
    this.min = o.min();
    this.max = o.max();
    this.precision = o.precision();
    this.scale = o.scale();
    this.currencyCode = o.currencyCode();
    this.values = o.values();
    this.valueSet = o.valueSet();
    this.restricted = o.restricted();
    this.target = o.target();
    this.onDelete = o.onDelete();
    this.relatedListLabel = o.relatedListLabel();
    this.relatedListColumns = o.relatedListColumns();
    this.prefix = o.prefix();
    this.width = o.width();
    this.expression = o.expression();
    this.resultType = o.resultType();
    this.function = o.function();
    this.childEntity = o.childEntity();
    this.childField = o.childField();
    this.summarizedField = o.summarizedField();
    this.filter = o.filter();
  }

  /** Sets maxLength. */
  public FieldOptionsBuilder maxLength(Integer maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  /** Sets pattern. */
  public FieldOptionsBuilder pattern(String pattern) {
    this.pattern = pattern;
    return this;
  }

  /** Sets patternMessage. */
  public FieldOptionsBuilder patternMessage(LocalizedText patternMessage) {
    this.patternMessage = patternMessage;
    return this;
  }

  /** Sets min. */
  public FieldOptionsBuilder min(BigDecimal min) {
    this.min = min;
    return this;
  }

  /** Sets max. */
  public FieldOptionsBuilder max(BigDecimal max) {
    this.max = max;
    return this;
  }

  /** Sets precision. */
  public FieldOptionsBuilder precision(Integer precision) {
    this.precision = precision;
    return this;
  }

  /** Sets scale. */
  public FieldOptionsBuilder scale(Integer scale) {
    this.scale = scale;
    return this;
  }

  /** Sets currencyCode. */
  public FieldOptionsBuilder currencyCode(String currencyCode) {
    this.currencyCode = currencyCode;
    return this;
  }

  /** Sets values. */
  public FieldOptionsBuilder values(List<PicklistValue> values) {
    this.values = values;
    return this;
  }

  /** Sets valueSet. */
  public FieldOptionsBuilder valueSet(String valueSet) {
    this.valueSet = valueSet;
    return this;
  }

  /** Sets restricted. */
  public FieldOptionsBuilder restricted(Boolean restricted) {
    this.restricted = restricted;
    return this;
  }

  /** Sets target. */
  public FieldOptionsBuilder target(String target) {
    this.target = target;
    return this;
  }

  /** Sets onDelete. */
  public FieldOptionsBuilder onDelete(OnDelete onDelete) {
    this.onDelete = onDelete;
    return this;
  }

  /** Sets relatedListLabel. */
  public FieldOptionsBuilder relatedListLabel(LocalizedText relatedListLabel) {
    this.relatedListLabel = relatedListLabel;
    return this;
  }

  /** Sets relatedListColumns. */
  public FieldOptionsBuilder relatedListColumns(List<String> relatedListColumns) {
    this.relatedListColumns = relatedListColumns;
    return this;
  }

  /** Sets prefix. */
  public FieldOptionsBuilder prefix(String prefix) {
    this.prefix = prefix;
    return this;
  }

  /** Sets width. */
  public FieldOptionsBuilder width(Integer width) {
    this.width = width;
    return this;
  }

  /** Sets expression. */
  public FieldOptionsBuilder expression(String expression) {
    this.expression = expression;
    return this;
  }

  /** Sets resultType. */
  public FieldOptionsBuilder resultType(FieldType resultType) {
    this.resultType = resultType;
    return this;
  }

  /** Sets function. */
  public FieldOptionsBuilder function(RollupFunction function) {
    this.function = function;
    return this;
  }

  /** Sets childEntity. */
  public FieldOptionsBuilder childEntity(String childEntity) {
    this.childEntity = childEntity;
    return this;
  }

  /** Sets childField. */
  public FieldOptionsBuilder childField(String childField) {
    this.childField = childField;
    return this;
  }

  /** Sets summarizedField. */
  public FieldOptionsBuilder summarizedField(String summarizedField) {
    this.summarizedField = summarizedField;
    return this;
  }

  /** Sets filter. */
  public FieldOptionsBuilder filter(String filter) {
    this.filter = filter;
    return this;
  }

  /** Builds the options. */
  public FieldOptions build() {
    return new FieldOptions(
        maxLength,
        pattern,
        patternMessage,
        min,
        max,
        precision,
        scale,
        currencyCode,
        values,
        valueSet,
        restricted,
        target,
        onDelete,
        relatedListLabel,
        relatedListColumns,
        prefix,
        width,
        expression,
        resultType,
        function,
        childEntity,
        childField,
        summarizedField,
        filter);
  }
}
