package io.tsumugi.plugins.realestate;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.PluginConfiguration;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.PluginMessages;
import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordService;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The plugin's context as a test sees it: its real message files, queries from a list. */
final class TestContext implements PluginContext {

  private final QueryService queries;

  TestContext(QueryService queries) {
    this.queries = queries;
  }

  @Override
  public String pluginId() {
    return "realestate";
  }

  @Override
  public String pluginVersion() {
    return "test";
  }

  @Override
  public System.Logger logger() {
    return System.getLogger("realestate-test");
  }

  @Override
  public PluginConfiguration configuration() {
    return key -> Optional.empty();
  }

  @Override
  public PluginMessages messages() {
    return (key, args) ->
        new LocalizedMessage(text(key, Locale.JAPANESE, args), text(key, Locale.ROOT, args));
  }

  private static String text(String key, Locale locale, Object... args) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return MessageFormat.format(bundle.getString(key), args);
  }

  @Override
  public RecordService records() {
    throw new UnsupportedOperationException("the panel only reads");
  }

  @Override
  public QueryService queries() {
    return queries;
  }
}
