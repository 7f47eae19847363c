package io.tsumugi.core.plugin;

import io.tsumugi.api.record.QueryService;
import io.tsumugi.api.record.RecordService;
import java.util.Properties;

/**
 * What the host needs from the rest of the platform to build each plugin's context: the record and
 * query facades (acting as the current user) and the operator's settings.
 *
 * @param records writes records as the current user
 * @param queries reads records as the current user
 * @param settings {@code tsumugi.plugin.<id>.<key>} entries
 */
public record PluginServices(RecordService records, QueryService queries, Properties settings) {

  /** Services that refuse every call: for a host without records yet (and for tests). */
  public static PluginServices withoutRecords(Properties settings) {
    UnavailableRecords unavailable = new UnavailableRecords();
    return new PluginServices(unavailable, unavailable, settings);
  }
}
