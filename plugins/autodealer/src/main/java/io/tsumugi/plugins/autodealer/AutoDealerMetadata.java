package io.tsumugi.plugins.autodealer;

import io.tsumugi.api.extension.MetadataContribution;
import org.pf4j.Extension;

/** The vehicle entity, its list views and layouts. */
@Extension
public class AutoDealerMetadata implements MetadataContribution {

  @Override
  public String packageLocation() {
    return AutoDealer.METADATA;
  }
}
