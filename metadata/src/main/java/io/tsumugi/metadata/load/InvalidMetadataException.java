package io.tsumugi.metadata.load;

import io.tsumugi.metadata.validate.ValidationReport;

/** Thrown by {@link LoadResult#orThrow()} when a package has errors. */
public final class InvalidMetadataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** Creates the exception for a report. */
  public InvalidMetadataException(ValidationReport report) {
    super("invalid metadata:\n" + report);
    this.report = report;
  }

  /** The problems. */
  public ValidationReport report() {
    return report;
  }
}
