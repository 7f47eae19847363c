package io.tsumugi.admin.console;

import io.tsumugi.metadata.model.LocalizedText;

/**
 * What the console's forms make of typed text: blanks are absent, one language stands in for both.
 */
public final class FormText {

  private FormText() {}

  /** {@code null} for null or blank text, else the text trimmed. */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * The label typed as Japanese and English; a blank one takes the other's text, and both blank is
   * no label (the validator then names the missing label).
   */
  public static LocalizedText label(String ja, String en) {
    String j = blankToNull(ja);
    String e = blankToNull(en);
    return j == null && e == null ? null : LocalizedText.of(j == null ? e : j, e == null ? j : e);
  }
}
