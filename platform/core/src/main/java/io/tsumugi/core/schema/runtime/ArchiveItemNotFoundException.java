package io.tsumugi.core.schema.runtime;

/** A purge named an archive entry that does not exist or was already purged. */
public class ArchiveItemNotFoundException extends ApplyException {

  /** Names the entry. */
  public ArchiveItemNotFoundException(long id) {
    super(
        "archive.notFound",
        "アーカイブ " + id + " はありません（削除済みか、存在しません）。",
        "There is no archived item " + id + " (it was purged already or never existed).");
  }
}
