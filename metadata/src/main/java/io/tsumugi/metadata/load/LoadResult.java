package io.tsumugi.metadata.load;

import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.ValidationReport;
import java.util.Optional;

/**
 * A loaded package and its validation report.
 *
 * @param pkg the package read (tolerantly, so present even with problems), or {@code null} when the
 *     documents could not be read at all
 * @param report every problem found
 */
public record LoadResult(MetadataPackage pkg, ValidationReport report) {

  /** True when the report has no errors. */
  public boolean isValid() {
    return pkg != null && report.isValid();
  }

  /** The package when valid. */
  public Optional<MetadataPackage> valid() {
    return isValid() ? Optional.of(pkg) : Optional.empty();
  }

  /** The package, or an {@link InvalidMetadataException} listing the problems. */
  public MetadataPackage orThrow() {
    if (!isValid()) {
      throw new InvalidMetadataException(report);
    }
    return pkg;
  }
}
