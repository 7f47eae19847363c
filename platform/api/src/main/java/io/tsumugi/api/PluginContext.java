package io.tsumugi.api;

import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordService;

/**
 * What the platform hands a plugin: its identity, a logger, its configuration, its texts and the
 * record and query services.
 *
 * <p>The record and query services act with the rights of the user whose request is being served
 * (the screen, REST call or automation that triggered the extension); a plugin cannot see or change
 * more than that user can. Outside a request (e.g. in {@link TsumugiPlugin#start()}) they refuse to
 * work.
 */
public interface PluginContext {

  /** The plugin's id from its manifest, e.g. {@code realestate}. */
  String pluginId();

  /** The plugin's version from its manifest. */
  String pluginVersion();

  /** A logger whose messages carry the plugin id. */
  System.Logger logger();

  /** The operator's settings for this plugin. */
  PluginConfiguration configuration();

  /** The plugin's ja/en texts. */
  PluginMessages messages();

  /** Creates, updates and deletes records through the platform's only write path. */
  RecordService records();

  /** Reads records. */
  QueryService queries();
}
