package io.tsumugi.core.schema.runtime;

/** The plan was made on a version that is no longer the active one: plan again. */
public class VersionConflictException extends ApplyException {

  private final int baseVersion;
  private final int activeVersion;

  /** Creates the exception. */
  public VersionConflictException(int baseVersion, int activeVersion) {
    super(
        "version.conflict",
        "メタデータのバージョン "
            + baseVersion
            + " に対して作成した計画ですが、現在のバージョンは "
            + activeVersion
            + " です。計画を作り直してください。",
        "The plan was made on metadata version "
            + baseVersion
            + " but version "
            + activeVersion
            + " is now active: plan again.");
    this.baseVersion = baseVersion;
    this.activeVersion = activeVersion;
  }

  /** The version the plan was made on. */
  public int baseVersion() {
    return baseVersion;
  }

  /** The version active now. */
  public int activeVersion() {
    return activeVersion;
  }
}
