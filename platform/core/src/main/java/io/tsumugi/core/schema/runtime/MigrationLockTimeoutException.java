package io.tsumugi.core.schema.runtime;

/** Another schema change held the migration lock for longer than we were prepared to wait. */
public class MigrationLockTimeoutException extends ApplyException {

  /** Creates the exception with its ja/en message. */
  public MigrationLockTimeoutException() {
    super(
        "lock.timeout",
        "別のメタデータ変更を適用中のため、スキーマ移行ロックを取得できませんでした。しばらくしてから再実行してください。",
        "Another metadata change is being applied: the schema migration lock could not be taken."
            + " Try again shortly.");
  }
}
