package io.tsumugi.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language of the texts in a response: Japanese or English, chosen from {@code Accept-Language}
 * (the first of ja/en in the caller's order of preference); Japanese when the caller names neither,
 * since the platform is made for Japanese companies.
 */
public enum Language {
  JA,
  EN;

  /** The language for a request with these headers ({@code null}: Japanese). */
  public static Language of(HttpHeaders headers) {
    if (headers == null) {
      return JA;
    }
    try {
      return of(headers.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      return JA;
    }
  }

  /** The first of ja/en in {@code preferred} (already sorted by quality). */
  public static Language of(List<Locale> preferred) {
    for (Locale locale : preferred) {
      String language = locale.getLanguage();
      if (language.equals("ja")) {
        return JA;
      }
      if (language.equals("en")) {
        return EN;
      }
    }
    return JA;
  }

  /** The value for a {@code Content-Language} header. */
  public String tag() {
    return this == JA ? "ja" : "en";
  }

  /** {@code ja} or {@code en} of a pair of texts. */
  public String pick(String ja, String en) {
    return this == JA ? ja : en;
  }
}
