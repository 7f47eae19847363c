package io.tsumugi.core.records;

/** The record changed (or was deleted) since the caller read it; nothing was written. */
public class ConcurrentEditException extends RuntimeException {

  private final String messageJa;

  /** Creates the exception for a record. */
  public ConcurrentEditException(String entity, long id) {
    super(
        "Record "
            + entity
            + " #"
            + id
            + " was changed by someone else since you opened it:"
            + " reload it and apply your changes again.");
    this.messageJa = entity + " のレコード #" + id + " は、開いた後に他の人が更新しました。再読み込みしてから変更し直してください。";
  }

  /** The message in Japanese. */
  public String messageJa() {
    return messageJa;
  }
}
