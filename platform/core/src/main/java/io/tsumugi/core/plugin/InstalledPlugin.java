package io.tsumugi.core.plugin;

import java.time.Instant;

/**
 * A row of {@code sys_plugin}: what is installed, from which file, in which state.
 *
 * @param pluginId the plugin id
 * @param version the installed version
 * @param fileName the file in the plugins folder
 * @param sha256 the file's SHA-256 when installed
 * @param signed whether its signature was verified
 * @param status its state
 * @param installedAt when it was first installed
 * @param updatedAt when its row last changed
 * @param lastError the last refusal message (ja / en), or {@code null}
 */
public record InstalledPlugin(
    String pluginId,
    String version,
    String fileName,
    String sha256,
    boolean signed,
    PluginStatus status,
    Instant installedAt,
    Instant updatedAt,
    String lastError) {

  /** The same row in another state. */
  InstalledPlugin withStatus(PluginStatus newStatus, String error, Instant now) {
    return new InstalledPlugin(
        pluginId, version, fileName, sha256, signed, newStatus, installedAt, now, error);
  }
}
