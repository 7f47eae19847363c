package io.tsumugi.api;

import org.pf4j.Plugin;

/**
 * The base class of a plugin's main class (the {@code Plugin-Class} of its manifest). Optional: a
 * plugin with only extensions needs no main class.
 *
 * <p>Lifecycle: the platform creates the instance once per load with the plugin's {@link
 * PluginContext}, calls {@link #start()} when the plugin is enabled (at server start or by an
 * administrator) and {@link #stop()} when it is disabled, upgraded, uninstalled or the server
 * stops. An exception from {@code start()} refuses the plugin with a message naming it; the server
 * keeps running.
 */
public abstract class TsumugiPlugin extends Plugin {

  private final PluginContext context;

  /** Called by the platform; a subclass must offer a constructor with this one parameter. */
  protected TsumugiPlugin(PluginContext context) {
    this.context = context;
  }

  /** The context the platform gave this plugin. */
  protected PluginContext context() {
    return context;
  }
}
