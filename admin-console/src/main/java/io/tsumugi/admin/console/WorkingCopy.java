package io.tsumugi.admin.console;

import io.tsumugi.metadata.model.MetadataPackage;

/**
 * What the console shows and edits: the administrator's draft, or the active package when there is
 * no draft yet.
 */
public final class WorkingCopy {

  private final int baseVersion;
  private final MetadataPackage pkg;
  private final boolean draft;

  WorkingCopy(int baseVersion, MetadataPackage pkg, boolean draft) {
    this.baseVersion = baseVersion;
    this.pkg = pkg;
    this.draft = draft;
  }

  /** The active version the draft starts from (or the active version itself). */
  public int getBaseVersion() {
    return baseVersion;
  }

  /** The package. */
  public MetadataPackage pkg() {
    return pkg;
  }

  /** True when this is a staged draft, not the active package. */
  public boolean isDraft() {
    return draft;
  }
}
