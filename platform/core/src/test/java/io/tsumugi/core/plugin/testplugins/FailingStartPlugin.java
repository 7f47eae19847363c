package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.PluginContext;
import io.tsumugi.api.TsumugiPlugin;

/** Test plugin class: fails on start. */
public class FailingStartPlugin extends TsumugiPlugin {

  public FailingStartPlugin(PluginContext context) {
    super(context);
  }

  @Override
  public void start() {
    throw new IllegalStateException("cannot start on purpose");
  }
}
