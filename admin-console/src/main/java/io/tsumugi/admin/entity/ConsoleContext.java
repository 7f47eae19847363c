package io.tsumugi.admin.entity;

import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.core.plugin.InstalledPlugin;
import io.tsumugi.core.plugin.PluginStateStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Per-request facts the entity pages share: which namespaces belong to installed plugins. */
@RequestScoped
public class ConsoleContext {

  @Inject private ConsoleDraftService drafts;

  private EntityOrigins origins;

  /** The origins, given the plugins recorded in {@code sys_plugin}. */
  public EntityOrigins origins() {
    if (origins == null) {
      origins =
          new EntityOrigins(
              new PluginStateStore(drafts.engine().dataSource())
                  .all().stream().map(InstalledPlugin::pluginId).toList());
    }
    return origins;
  }
}
