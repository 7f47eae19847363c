package ${package};

import io.tsumugi.api.extension.MetadataContribution;
import org.pf4j.Extension;

/** This plugin's entities: the package under src/main/resources/tsumugi/metadata. */
@Extension
public class PluginMetadata implements MetadataContribution {

  @Override
  public String packageLocation() {
    return "tsumugi/metadata";
  }
}
