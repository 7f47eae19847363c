package io.tsumugi.metadata.model;

/**
 * A text in Japanese and English. Either may be {@code null} for optional texts (help,
 * description); labels always carry both.
 *
 * @param ja the Japanese text
 * @param en the English text
 */
public record LocalizedText(String ja, String en) {

  /** Returns a text with both languages set. */
  public static LocalizedText of(String ja, String en) {
    return new LocalizedText(ja, en);
  }
}
