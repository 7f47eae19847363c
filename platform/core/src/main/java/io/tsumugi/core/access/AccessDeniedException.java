package io.tsumugi.core.access;

/**
 * The caller may see the record (or the entity) but not do this to it: REST answers 403. A record
 * the caller may not see at all is {@link RecordNotVisibleException} (404), so its existence does
 * not leak.
 */
public final class AccessDeniedException extends RuntimeException {

  private final String code;
  private final String messageJa;
  private final String messageEn;

  /** A refusal with a stable code and ja/en messages. */
  public AccessDeniedException(String code, String messageJa, String messageEn) {
    super(code + ": " + messageEn);
    this.code = code;
    this.messageJa = messageJa;
    this.messageEn = messageEn;
  }

  /** The caller lacks {@code operation} (create, read, update, delete, import, export). */
  public static AccessDeniedException operation(String entity, String operation) {
    return new AccessDeniedException(
        "access.denied",
        "エンティティ「" + entity + "」のレコードを" + Operations.ja(operation) + "する権限がありません。",
        "You may not " + operation + " " + entity + " records.");
  }

  /** The caller sees the record but may not change or delete it. */
  public static AccessDeniedException record(String entity, long id) {
    return new AccessDeniedException(
        "access.readOnlyRecord",
        "エンティティ「" + entity + "」のレコード " + id + " は参照のみで、変更や削除はできません。",
        "You may read " + entity + " record " + id + " but not change or delete it.");
  }

  /** A stable code. */
  public String code() {
    return code;
  }

  /** The Japanese message. */
  public String messageJa() {
    return messageJa;
  }

  /** The English message. */
  public String messageEn() {
    return messageEn;
  }
}
