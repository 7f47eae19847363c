package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;

/**
 * An extension of a plugin threw: the one operation that called it fails with this, naming the
 * plugin; nothing else is affected.
 */
public class PluginExtensionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pluginId;
  private final transient LocalizedMessage localized;

  PluginExtensionException(String pluginId, String extension, Throwable cause) {
    super("Plugin " + pluginId + " failed in " + extension + ": " + cause, cause);
    this.pluginId = pluginId;
    this.localized =
        new LocalizedMessage(
            "プラグイン「" + pluginId + "」の処理(" + extension + ")でエラーが発生したため、操作を完了できませんでした: " + cause,
            "The operation could not complete: plugin '"
                + pluginId
                + "' failed in "
                + extension
                + ": "
                + cause);
  }

  /** The plugin whose extension failed. */
  public String pluginId() {
    return pluginId;
  }

  /** The message for the user, ja and en. */
  public LocalizedMessage localized() {
    return localized;
  }
}
