package io.tsumugi.admin.review;

/** One change of the plan as shown: summary, safety, and what its data checks found. */
public final class ChangeRow {

  private final String summary;
  private final String safety;
  private final String checks;

  ChangeRow(String summary, String safety, String checks) {
    this.summary = summary;
    this.safety = safety;
    this.checks = checks;
  }

  public String getSummary() {
    return summary;
  }

  /** {@code SAFE}, {@code NEEDS_DATA_CHECK} or {@code DESTRUCTIVE}. */
  public String getSafety() {
    return safety;
  }

  /** The data checks with their counts, or empty. */
  public String getChecks() {
    return checks;
  }
}
