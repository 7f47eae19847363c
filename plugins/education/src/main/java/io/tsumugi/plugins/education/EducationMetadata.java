package io.tsumugi.plugins.education;

import io.tsumugi.api.extension.MetadataContribution;
import org.pf4j.Extension;

/** Students, courses, enrolments, later paths and the school year picklist. */
@Extension
public class EducationMetadata implements MetadataContribution {

  @Override
  public String packageLocation() {
    return Education.METADATA;
  }
}
