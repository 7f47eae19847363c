package io.tsumugi.rest.problem;

/**
 * One problem with one field (or body property) of a request.
 *
 * @param field the field's API name, or a JSON Pointer into the body ({@code /records/3/email})
 * @param code a stable code, e.g. {@code required}
 * @param messageJa the message in Japanese
 * @param messageEn the message in English
 */
public record FieldError(String field, String code, String messageJa, String messageEn) {

  /** The message in {@code language}. */
  public String message(Language language) {
    return language == Language.JA ? messageJa : messageEn;
  }
}
