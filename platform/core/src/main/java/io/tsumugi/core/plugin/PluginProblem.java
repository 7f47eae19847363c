package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;

/**
 * A plugin file the host refused at start, and why.
 *
 * @param fileName the file in the plugins folder
 * @param pluginId its id when the manifest could be read, else {@code null}
 * @param message what is wrong, ja and en
 */
public record PluginProblem(String fileName, String pluginId, LocalizedMessage message) {}
