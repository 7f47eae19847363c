package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;

/**
 * A plugin file or operation the host will not accept: corrupt, hostile, incompatible, failing on
 * start. The message says what and where in Japanese and English; the server keeps running.
 */
public class PluginRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient LocalizedMessage localized;

  /** A refusal with its ja/en message. */
  public PluginRefusedException(LocalizedMessage message) {
    this(message, null);
  }

  /** A refusal with its ja/en message and the cause. */
  public PluginRefusedException(LocalizedMessage message, Throwable cause) {
    super(message.en(), cause);
    this.localized = message;
  }

  /** The message in both languages. */
  public LocalizedMessage localized() {
    return localized;
  }

  /** A refusal of {@code file}: {@code ja}/{@code en} say why. */
  static PluginRefusedException of(String file, String ja, String en) {
    return new PluginRefusedException(
        new LocalizedMessage(
            "プラグイン " + file + " は受け付けられません: " + ja, "Plugin " + file + " was refused: " + en));
  }

  /** Same as {@link #of(String, String, String)} with a cause. */
  static PluginRefusedException of(String file, String ja, String en, Throwable cause) {
    return new PluginRefusedException(
        new LocalizedMessage(
            "プラグイン " + file + " は受け付けられません: " + ja, "Plugin " + file + " was refused: " + en),
        cause);
  }
}
