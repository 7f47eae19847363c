package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.PluginContext;
import io.tsumugi.api.TsumugiPlugin;

/** Test plugin class: starts, logging through its context. */
public class StartedPlugin extends TsumugiPlugin {

  public StartedPlugin(PluginContext context) {
    super(context);
  }

  @Override
  public void start() {
    context().logger().log(System.Logger.Level.INFO, "started " + context().pluginVersion());
  }
}
