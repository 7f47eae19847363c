package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.extension.MetadataContribution;

/** Test extension: the package under {@code demo-metadata/}. */
public class DemoMetadata implements MetadataContribution {

  @Override
  public String packageLocation() {
    return "demo-metadata";
  }
}
