package io.tsumugi.web.record;

import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.OptionView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formats a stored value for reading: picklist labels instead of codes, ¥ with thousands
 * separators, Japanese-style dates in the viewer's time zone. Plain Java, tested without a server.
 */
public final class ValueDisplay {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  private final ZoneId zone;
  private final String yes;
  private final String no;

  public ValueDisplay(ZoneId zone, String yes, String no) {
    this.zone = zone;
    this.yes = yes;
    this.no = no;
  }

  public String format(FieldView field, Object value) {
    if (value == null || (value instanceof String s && s.isEmpty())) {
      return "";
    }
    return switch (field.getType()) {
      case "picklist" -> optionLabel(field, value.toString());
      case "multipicklist" ->
          value instanceof Collection<?> values
              ? values.stream()
                  .map(v -> optionLabel(field, v.toString()))
                  .collect(Collectors.joining("、"))
              : optionLabel(field, value.toString());
      case "currency" -> field.getCurrencySymbol() + number(value, field.getDecimalPlaces());
      case "percent" -> number(value, field.getDecimalPlaces()) + "%";
      case "integer", "decimal" -> number(value, field.getDecimalPlaces());
      case "boolean" -> Boolean.TRUE.equals(value) ? yes : no;
      case "date" -> value instanceof LocalDate d ? DATE.format(d) : value.toString();
      case "datetime" ->
          value instanceof Instant i ? DATE_TIME.format(i.atZone(zone)) : value.toString();
      default -> value.toString();
    };
  }

  /** A moment in the viewer's zone, as date-time fields show it. */
  public String formatInstant(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  private static String optionLabel(FieldView field, String value) {
    return field.getOptions().stream()
        .filter(option -> option.getValue().equals(value))
        .map(OptionView::getLabel)
        .findFirst()
        .orElse(value);
  }

  private static String number(Object value, int decimals) {
    BigDecimal number =
        value instanceof BigDecimal d ? d : new BigDecimal(value.toString().replace(",", ""));
    NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(number);
  }
}
