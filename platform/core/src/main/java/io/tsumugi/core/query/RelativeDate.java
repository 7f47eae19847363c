package io.tsumugi.core.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date a saved filter names relative to the day it runs: {@code today}, {@code today+60d}, {@code
 * today-7d}. A list view "車検 within 60 days" is then {@code inspection_expiry le today+60d}, right
 * every morning without any stored flag or nightly job.
 */
public final class RelativeDate {

  private static final Pattern TOKEN = Pattern.compile("^today(?:([+-])(\\d{1,5})d)?$");

  private RelativeDate() {}

  /** Whether {@code value} is such a token. */
  public static boolean isToken(Object value) {
    return value instanceof String s && TOKEN.matcher(s.trim()).matches();
  }

  /** The ISO date {@code value} names on {@code clock}'s day, or {@code value} unchanged. */
  public static Object resolve(Object value, Clock clock) {
    if (!(value instanceof String s)) {
      return value;
    }
    Matcher m = TOKEN.matcher(s.trim());
    if (!m.matches()) {
      return value;
    }
    LocalDate today = LocalDate.now(clock);
    if (m.group(1) == null) {
      return today.toString();
    }
    long days = Long.parseLong(m.group(2));
    return (m.group(1).equals("+") ? today.plusDays(days) : today.minusDays(days)).toString();
  }
}
