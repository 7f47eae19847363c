package io.tsumugi.web.metadata;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A field as a form or a list shows it: its label and help in the viewer's language, how to render
 * it ({@link #getRenderer()}), and the limits the input enforces before the server does.
 */
public class FieldView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final String label;
  private final String help;
  private final FieldType type;
  private final boolean required;
  private final boolean readOnly;
  private final Integer maxLength;
  private final Integer scale;
  private final BigDecimal min;
  private final BigDecimal max;
  private final String currencyCode;
  private final String lookupTarget;
  private final List<OptionView> options;

  FieldView(FieldDef field, String label, String help, List<OptionView> options) {
    FieldOptions o = field.options();
    this.name = field.name();
    this.label = label;
    this.help = help;
    this.type = field.type();
    this.required = field.required();
    this.readOnly = field.readOnly() || field.type().isComputed();
    this.maxLength = o.effectiveMaxLength(field.type());
    this.scale = o.effectiveScale(field.type());
    this.min = o.min();
    this.max = o.max();
    this.currencyCode = field.type() == FieldType.CURRENCY ? o.effectiveCurrencyCode() : null;
    this.lookupTarget = field.isLookup() ? o.target() : null;
    this.options = List.copyOf(options);
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public String getHelp() {
    return help;
  }

  public boolean isHasHelp() {
    return help != null && !help.isBlank();
  }

  /** The metadata type name, e.g. {@code currency}. */
  public String getType() {
    return type.jsonName();
  }

  /**
   * Which input renders this field; several types share one (all free text becomes {@code text},
   * all numbers {@code number}).
   */
  public String getRenderer() {
    if (readOnly) {
      return "output";
    }
    return switch (type) {
      case TEXT, EMAIL, URL -> "text";
      case PHONE, POSTAL_CODE -> "normalized";
      case LONGTEXT -> "textarea";
      case INTEGER, DECIMAL, PERCENT -> "number";
      case CURRENCY -> "currency";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case DATETIME -> "datetime";
      case PICKLIST -> "picklist";
      case MULTIPICKLIST -> "multipicklist";
      case LOOKUP -> "lookup";
      default -> "output";
    };
  }

  public boolean isRequired() {
    return required;
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  public Integer getMaxLength() {
    return maxLength;
  }

  /** Decimal places: 0 for integers and yen. */
  public int getDecimalPlaces() {
    if (type == FieldType.INTEGER) {
      return 0;
    }
    return scale == null ? 2 : scale;
  }

  /**
   * The smallest value the number input accepts. Never empty: the input widget (AutoNumeric) stops
   * working on an empty limit, so an unlimited field gets the widget's widest range.
   */
  public String getMinValue() {
    return min == null ? "-9999999999999.99" : min.toPlainString();
  }

  /** The largest value the number input accepts; see {@link #getMinValue()}. */
  public String getMaxValue() {
    return max == null ? "9999999999999.99" : max.toPlainString();
  }

  /** The currency symbol shown before the amount: ¥ for JPY. */
  public String getCurrencySymbol() {
    if (currencyCode == null) {
      return "";
    }
    return "JPY".equals(currencyCode) ? "¥" : currencyCode + " ";
  }

  public String getLookupTarget() {
    return lookupTarget;
  }

  public List<OptionView> getOptions() {
    return options;
  }

  /** The HTML input type, so phones show the right keyboard. */
  public String getInputType() {
    return switch (type) {
      case EMAIL -> "email";
      case URL -> "url";
      case PHONE -> "tel";
      default -> "text";
    };
  }
}
