package io.tsumugi.admin.metadata;

import io.tsumugi.core.metadata.MetadataVersionRecord;
import io.tsumugi.core.metadata.MetadataVersions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;

/** Backs {@code /admin/index.xhtml}: the list of metadata versions, newest first. */
@Named
@RequestScoped
public class MetadataHistoryView {

  @Inject private MetadataVersions metadataVersions;

  private List<MetadataVersionRecord> versions;

  public List<MetadataVersionRecord> getVersions() {
    if (versions == null) {
      versions = metadataVersions.history();
    }
    return versions;
  }

  /** Faces' date converter takes {@link Date}; the entity keeps an {@link java.time.Instant}. */
  public Date appliedAt(MetadataVersionRecord version) {
    return Date.from(version.getAppliedAt());
  }
}
