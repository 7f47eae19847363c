package io.tsumugi.api;

/**
 * The plugin's own texts, read from {@code messages.properties} (English) and {@code
 * messages_ja.properties} (Japanese) at the root of the plugin jar, formatted with {@link
 * java.text.MessageFormat}.
 */
public interface PluginMessages {

  /**
   * The text of {@code key} in both languages, {@code args} filled in. A missing key gives the key
   * itself in both languages, so a forgotten translation shows up on screen instead of failing.
   */
  LocalizedMessage get(String key, Object... args);
}
