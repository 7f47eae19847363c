package io.tsumugi.api.extension;

import org.pf4j.ExtensionPoint;

/**
 * Contributes the plugin's metadata package: entities, fields, picklists, rules, layouts and list
 * views under the plugin's namespace (docs/metadata.md).
 *
 * <p>The platform reads the package when the plugin is installed or upgraded, validates it against
 * the packages already active, shows the plan (tables and columns to create or change) and applies
 * it like any metadata change. Entity names must start with the namespace, e.g. {@code
 * realestate_property}. A plugin has at most one contribution.
 */
public interface MetadataContribution extends ExtensionPoint {

  /**
   * The folder of the package inside the plugin jar, e.g. {@code tsumugi/metadata}: it holds a
   * {@code package.json} manifest whose {@code include} lists the entity and picklist files.
   */
  String packageLocation();
}
