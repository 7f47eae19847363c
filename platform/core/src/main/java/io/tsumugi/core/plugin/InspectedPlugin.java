package io.tsumugi.core.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * A plugin file that passed inspection: what its manifest says and the file's SHA-256.
 *
 * @param file the plugin file
 * @param id the plugin id (also its metadata namespace)
 * @param version its semantic version
 * @param requires the API version range it needs, e.g. {@code >=1.0.0 & <2.0.0}
 * @param dependencies the plugins it needs
 * @param sha256 the file's SHA-256, lower-case hex
 * @param signed whether a trusted key's signature was verified
 */
public record InspectedPlugin(
    Path file,
    String id,
    String version,
    String requires,
    List<PluginDependency> dependencies,
    String sha256,
    boolean signed) {

  /** Copies the dependencies. */
  public InspectedPlugin {
    dependencies = List.copyOf(dependencies);
  }

  /** The file's name, for messages. */
  public String fileName() {
    return file.getFileName().toString();
  }
}
