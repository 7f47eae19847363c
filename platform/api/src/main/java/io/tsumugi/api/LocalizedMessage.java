package io.tsumugi.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Japanese and English, the two languages every message of the platform carries.
 *
 * @param ja the Japanese text
 * @param en the English text
 */
public record LocalizedMessage(String ja, String en) {

  /** Both texts are required: a user must never see an empty message. */
  public LocalizedMessage {
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
  }

  /** The same text in both languages (for names, codes and numbers). */
  public static LocalizedMessage both(String text) {
    return new LocalizedMessage(text, text);
  }

  /** The text for a locale: Japanese for {@code ja}, English otherwise. */
  public String in(Locale locale) {
    return locale != null && "ja".equals(locale.getLanguage()) ? ja : en;
  }

  @Override
  public String toString() {
    return ja + " / " + en;
  }
}
