package io.tsumugi.plugins.realestate;

import io.tsumugi.api.extension.MetadataContribution;
import org.pf4j.Extension;

/** Properties, inquiries, search conditions and the floor plan picklist. */
@Extension
public class RealEstateMetadata implements MetadataContribution {

  @Override
  public String packageLocation() {
    return RealEstate.METADATA;
  }
}
