package io.tsumugi.admin.metadata;

import io.tsumugi.core.metadata.MetadataVersionRecord;
import io.tsumugi.core.metadata.MetadataVersions;
import io.tsumugi.core.schema.runtime.MetadataStore;
import io.tsumugi.metadata.model.MetadataPackage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The package each recorded metadata version had (the empty package for version 1). */
@ApplicationScoped
public class VersionPackages {

  @Inject private MetadataVersions versions;

  /** The package of {@code versionNo}; empty when unknown or recorded without one. */
  public MetadataPackage packageOf(int versionNo) {
    return versions.history().stream()
        .filter(v -> v.getVersionNo() == versionNo)
        .findFirst()
        .map(MetadataVersionRecord::getPackageJson)
        .map(MetadataStore::stored)
        .orElse(MetadataPackage.empty(MetadataPackage.STANDARD_NAMESPACE));
  }
}
