package io.tsumugi.metadata.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The type-specific options of a field. Every component is optional ({@code null} when absent);
 * which ones apply depends on the field type (see docs/metadata.md). The {@code effective*} methods
 * apply the documented defaults.
 *
 * @param maxLength text/longtext: maximum length in characters
 * @param pattern text: an RE2 regular expression the whole value must match
 * @param patternMessage text: the message shown when the pattern does not match
 * @param min integer/decimal/currency/percent: smallest allowed value
 * @param max integer/decimal/currency/percent: largest allowed value
 * @param precision decimal/currency/percent: total digits
 * @param scale decimal/currency/percent/formula: digits after the decimal point
 * @param currencyCode currency: ISO 4217 code
 * @param values picklist/multipicklist: inline values
 * @param valueSet picklist/multipicklist: name of a global value set
 * @param restricted picklist/multipicklist: refuse values not in the list
 * @param target lookup: the target entity
 * @param onDelete lookup: what happens when the target is deleted
 * @param relatedListLabel lookup: label of the related list on the target
 * @param relatedListColumns lookup: when set, this entity's records pointing at a target record
 *     show as a related list with these columns on the target's detail page, whatever the target's
 *     namespace (how a plugin adds a related list to a standard entity)
 * @param prefix autonumber: text before the number
 * @param width autonumber: zero-padded width of the number
 * @param expression formula: the CEL expression
 * @param resultType formula: the declared result type
 * @param function rollup: the aggregate
 * @param childEntity rollup: the child entity
 * @param childField rollup: the lookup on the child pointing at this entity
 * @param summarizedField rollup: the child field aggregated (not for count)
 * @param filter rollup: a CEL condition on the child
 */
public record FieldOptions(
    Integer maxLength,
    String pattern,
    LocalizedText patternMessage,
    BigDecimal min,
    BigDecimal max,
    Integer precision,
    Integer scale,
    String currencyCode,
    List<PicklistValue> values,
    String valueSet,
    Boolean restricted,
    String target,
    OnDelete onDelete,
    LocalizedText relatedListLabel,
    List<String> relatedListColumns,
    String prefix,
    Integer width,
    String expression,
    FieldType resultType,
    RollupFunction function,
    String childEntity,
    String childField,
    String summarizedField,
    String filter) {

  /** Options with nothing set. */
  public static final FieldOptions NONE = builder().build();

  /** Default maximum length of a text field. */
  public static final int DEFAULT_TEXT_LENGTH = 255;

  /** Default maximum length of a longtext field. */
  public static final int DEFAULT_LONGTEXT_LENGTH = 32000;

  /** Copies the value list. */
  public FieldOptions {
    values = values == null ? null : List.copyOf(values);
    relatedListColumns = relatedListColumns == null ? null : List.copyOf(relatedListColumns);
  }

  /** The maximum length, or the default for the type; {@code null} for non-text types. */
  public Integer effectiveMaxLength(FieldType type) {
    if (maxLength != null) {
      return maxLength;
    }
    return switch (type) {
      case TEXT -> DEFAULT_TEXT_LENGTH;
      case LONGTEXT -> DEFAULT_LONGTEXT_LENGTH;
      case EMAIL, URL -> 320;
      case PHONE -> 30;
      case POSTAL_CODE -> 8;
      default -> null;
    };
  }

  /** The precision, or the default for the type (18 for decimal/currency, 5 for percent). */
  public Integer effectivePrecision(FieldType type) {
    if (precision != null) {
      return precision;
    }
    return switch (type) {
      case DECIMAL, CURRENCY -> 18;
      case PERCENT -> 5;
      default -> null;
    };
  }

  /** The scale, or the default for the type (2 for decimal and percent, 0 for currency). */
  public Integer effectiveScale(FieldType type) {
    if (scale != null) {
      return scale;
    }
    return switch (type) {
      case DECIMAL, PERCENT -> 2;
      case CURRENCY -> 0;
      default -> null;
    };
  }

  /** The currency code, JPY when absent. */
  public String effectiveCurrencyCode() {
    return currencyCode == null ? "JPY" : currencyCode;
  }

  /** What happens on delete of the target, {@link OnDelete#RESTRICT} when absent. */
  public OnDelete effectiveOnDelete() {
    return onDelete == null ? OnDelete.RESTRICT : onDelete;
  }

  /** The autonumber width, 6 when absent. */
  public int effectiveWidth() {
    return width == null ? 6 : width;
  }

  /** The autonumber prefix, empty when absent. */
  public String effectivePrefix() {
    return prefix == null ? "" : prefix;
  }

  /** Whether values outside the list are refused, true when absent. */
  public boolean effectiveRestricted() {
    return restricted == null || restricted;
  }

  /** Returns a builder initialised with these options. */
  public FieldOptionsBuilder toBuilder() {
    return new FieldOptionsBuilder(this);
  }

  /** Returns an empty builder. */
  public static FieldOptionsBuilder builder() {
    return new FieldOptionsBuilder();
  }
}
