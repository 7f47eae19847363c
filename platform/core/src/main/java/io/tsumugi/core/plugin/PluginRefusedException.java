package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;

/**
 * A plugin file or operation the host will not accept: corrupt, hostile, incompatible, failing on
 * start. The message says what and where in Japanese and English; the server keeps running.
 */
public class PluginRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The code of a refusal that names no more precise one. */
  public static final String REFUSED = "plugin.refused";

  private final transient LocalizedMessage localized;
  private final String code;

  /** A refusal with its ja/en message. */
  public PluginRefusedException(LocalizedMessage message) {
    this(message, null);
  }

  /** A refusal with its ja/en message and the cause. */
  public PluginRefusedException(LocalizedMessage message, Throwable cause) {
    this(REFUSED, message, cause);
  }

  private PluginRefusedException(String code, LocalizedMessage message, Throwable cause) {
    super(message.en(), cause);
    this.code = code;
    this.localized = message;
  }

  /**
   * A stable code for programs, e.g. {@code plugin.corrupt}, {@code plugin.zipSlip}, {@code
   * plugin.apiIncompatible}, {@code plugin.dependencyMissing} (docs/rest-api.md lists them).
   */
  public String code() {
    return code;
  }

  /** The same refusal under a more precise {@code newCode}. */
  public PluginRefusedException coded(String newCode) {
    PluginRefusedException copy = new PluginRefusedException(newCode, localized, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
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
