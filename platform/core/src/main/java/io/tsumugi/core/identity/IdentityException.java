package io.tsumugi.core.identity;

/** A refused change to users or departments, with a stable code and a message in both languages. */
public final class IdentityException extends RuntimeException {

  private final String code;
  private final String messageJa;
  private final String messageEn;

  public IdentityException(String code, String messageJa, String messageEn) {
    super(code + ": " + messageEn);
    this.code = code;
    this.messageJa = messageJa;
    this.messageEn = messageEn;
  }

  /** A stable code such as {@code user.duplicate-login-id}. */
  public String code() {
    return code;
  }

  public String messageJa() {
    return messageJa;
  }

  public String messageEn() {
    return messageEn;
  }

  /** The message in {@code language} ({@code ja} or anything else for English). */
  public String message(String language) {
    return "ja".equals(language) ? messageJa : messageEn;
  }
}
