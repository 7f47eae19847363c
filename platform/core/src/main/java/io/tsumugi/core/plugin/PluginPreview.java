package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.metadata.plan.Change;
import java.util.List;

/**
 * What installing (or upgrading to) an uploaded plugin file would do, found before any of its code
 * runs: the manifest's facts and the plan of its metadata package against the active metadata.
 *
 * @param pluginId the manifest's id
 * @param version the manifest's version
 * @param sha256 the file's SHA-256
 * @param signed whether a trusted key signed it
 * @param installedVersion the version installed now, or {@code null} (a new plugin)
 * @param changes the plan's changes (empty when there is nothing to preview)
 * @param note why there is no plan, or what is wrong with the metadata; {@code null} when the plan
 *     is complete
 */
public record PluginPreview(
    String pluginId,
    String version,
    String sha256,
    boolean signed,
    String installedVersion,
    List<Change> changes,
    LocalizedMessage note) {

  /** Copies the list. */
  public PluginPreview {
    changes = List.copyOf(changes);
  }

  /** True when the file would upgrade an installed plugin. */
  public boolean upgrade() {
    return installedVersion != null;
  }
}
