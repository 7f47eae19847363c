package io.tsumugi.metadata.model;

/** How serious a problem or a failed validation rule is. */
public enum Severity {
  /** Blocks: the document is refused, or the record is not saved. */
  ERROR,
  /** Informs: shown to the user, does not block. */
  WARNING
}
