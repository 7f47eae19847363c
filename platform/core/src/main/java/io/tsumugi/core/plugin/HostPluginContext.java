package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.PluginConfiguration;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.PluginMessages;
import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordService;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The {@link PluginContext} the host gives one plugin. */
final class HostPluginContext implements PluginContext {

  private final String pluginId;
  private final String pluginVersion;
  private final ClassLoader pluginClassLoader;
  private final PluginServices services;

  HostPluginContext(
      String pluginId,
      String pluginVersion,
      ClassLoader pluginClassLoader,
      PluginServices services) {
    this.pluginId = pluginId;
    this.pluginVersion = pluginVersion;
    this.pluginClassLoader = pluginClassLoader;
    this.services = services;
  }

  @Override
  public String pluginId() {
    return pluginId;
  }

  @Override
  public String pluginVersion() {
    return pluginVersion;
  }

  @Override
  public System.Logger logger() {
    // One logger per plugin: the plugin id is in every line's logger name.
    return System.getLogger("io.tsumugi.plugin." + pluginId);
  }

  @Override
  public PluginConfiguration configuration() {
    String prefix = "tsumugi.plugin." + pluginId + ".";
    return key -> Optional.ofNullable(services.settings().getProperty(prefix + key));
  }

  @Override
  public PluginMessages messages() {
    return (key, args) ->
        new LocalizedMessage(text(key, Locale.JAPANESE, args), text(key, Locale.ROOT, args));
  }

  private String text(String key, Locale locale, Object... args) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              "messages",
              locale,
              pluginClassLoader,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return MessageFormat.format(bundle.getString(key), args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  @Override
  public RecordService records() {
    return services.records();
  }

  @Override
  public QueryService queries() {
    return services.queries();
  }
}
