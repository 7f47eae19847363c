package io.tsumugi.core.records;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.tsumugi.core.schema.runtime.ColumnTypes;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns an input value into the field's Java type: text trimmed (empty becomes no value);
 * full-width digits and letters made half-width (NFKC) in numeric, phone, postal-code and email
 * fields; Japanese phone numbers formatted by libphonenumber (0312345678 → 03-1234-5678) and postal
 * codes as 123-4567. A value that cannot be read adds an error and yields {@code null}. Public so
 * the query service converts filter values exactly as the record service converts input.
 */
public final class ValueNormalizer {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /**
   * The value of {@code raw} in the field's Java type; problems are added to {@code errors} (code
   * {@code value.invalidType} when the value cannot be read at all).
   */
  public Object normalize(FieldDef f, Object raw, List<FieldError> errors) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof String s) {
      s = s.strip();
      if (s.isEmpty()) {
        return null;
      }
      raw = s;
    }
    try {
      return switch (f.type()) {
        case TEXT, LONGTEXT, URL, PICKLIST, AUTONUMBER -> raw.toString();
        case EMAIL -> nfkc(raw.toString());
        case PHONE -> phone(nfkc(raw.toString()), f, errors);
        case POSTAL_CODE -> postal(nfkc(raw.toString()), f, errors);
        case INTEGER -> integer(raw);
        case DECIMAL, CURRENCY, PERCENT -> decimal(raw);
        case BOOLEAN -> bool(raw);
        case DATE -> raw instanceof LocalDate d ? d : LocalDate.parse(nfkc(raw.toString()));
        case DATETIME -> datetime(raw);
        case MULTIPICKLIST -> multi(raw);
        case LOOKUP ->
            raw instanceof Number n ? n.longValue() : Long.parseLong(nfkc(raw.toString()));
        case FORMULA, ROLLUP -> null;
      };
    } catch (RuntimeException e) {
      errors.add(Messages.invalidType(f));
      return null;
    }
  }

  /** Full-width letters and digits made half-width (NFKC), stripped. */
  public static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
  }

  private static Object phone(String s, FieldDef f, List<FieldError> errors) {
    Optional<String> canonical = canonicalPhone(s);
    if (canonical.isPresent()) {
      return canonical.get();
    }
    errors.add(Messages.phone(f));
    return s;
  }

  /**
   * The stored form of a phone number written any way (full-width, with or without hyphens or
   * spaces, {@code +81}): the Japanese national format (03-1234-5678) for Japanese numbers, the
   * international format otherwise; empty when it is not a valid number. Phone fields hold only
   * this form, so a look-up by number compares it with {@code =}.
   */
  public static Optional<String> canonicalPhone(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber n = PHONES.parse(nfkc(raw), "JP");
      if (PHONES.isValidNumber(n)) {
        return Optional.of(
            n.getCountryCode() == 81
                ? PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.NATIONAL)
                : PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
      }
    } catch (NumberParseException e) {
      // not a number
    }
    return Optional.empty();
  }

  private static Object postal(String s, FieldDef f, List<FieldError> errors) {
    String digits = s.replace("〒", "").replace("-", "").replace("ー", "").replace(" ", "");
    if (digits.matches("[0-9]{7}")) {
      return digits.substring(0, 3) + "-" + digits.substring(3);
    }
    errors.add(Messages.postal(f));
    return s;
  }

  private static Long integer(Object raw) {
    if (raw instanceof Number n) {
      BigDecimal d = new BigDecimal(n.toString());
      return d.longValueExact();
    }
    return new BigDecimal(nfkc(raw.toString()).replace(",", "")).longValueExact();
  }

  private static BigDecimal decimal(Object raw) {
    if (raw instanceof BigDecimal d) {
      return d;
    }
    return new BigDecimal(nfkc(raw.toString()).replace(",", ""));
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof Boolean b) {
      return b;
    }
    String s = raw.toString().toLowerCase(java.util.Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.valueOf(s);
    }
    throw new IllegalArgumentException(s);
  }

  private static Instant datetime(Object raw) {
    if (raw instanceof Instant i) {
      return i;
    }
    if (raw instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    try {
      return OffsetDateTime.parse(nfkc(raw.toString())).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.parse(nfkc(raw.toString()));
    }
  }

  private static List<String> multi(Object raw) {
    List<String> out = new ArrayList<>();
    Collection<?> items =
        raw instanceof Collection<?> c
            ? c
            : Arrays.asList(raw.toString().split(ColumnTypes.MULTI_SEPARATOR));
    for (Object o : items) {
      String s = String.valueOf(o).strip();
      if (!s.isEmpty() && !out.contains(s)) {
        out.add(s);
      }
    }
    return out.isEmpty() ? null : List.copyOf(out);
  }

  static boolean isNumeric(FieldType t) {
    return t == FieldType.INTEGER || t.isFixedPoint();
  }
}
