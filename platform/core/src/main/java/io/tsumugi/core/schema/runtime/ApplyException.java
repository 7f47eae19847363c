package io.tsumugi.core.schema.runtime;

/**
 * An apply that did not happen. The previous metadata version is still active and the schema
 * matches it. Carries a stable code and messages in Japanese and English.
 */
public class ApplyException extends RuntimeException {

  private final String code;
  private final String messageJa;

  /** Creates the exception. */
  public ApplyException(String code, String messageJa, String messageEn) {
    this(code, messageJa, messageEn, null);
  }

  /** Creates the exception with its cause. */
  public ApplyException(String code, String messageJa, String messageEn, Throwable cause) {
    super(messageEn, cause);
    this.code = code;
    this.messageJa = messageJa;
  }

  /** A stable code, e.g. {@code version.conflict}. */
  public String code() {
    return code;
  }

  /** The message in Japanese. */
  public String messageJa() {
    return messageJa;
  }

  /** The message in English. */
  public String messageEn() {
    return getMessage();
  }
}
