package io.tsumugi.core.plugin;

import io.tsumugi.metadata.model.MetadataPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads and starts one plugin on PF4J (applying its metadata when asked), stops and unloads it, and
 * checks its dependencies against the plugins running. A failure unloads it again and becomes a
 * {@link PluginRefusedException}.
 */
final class PluginLoader {

  private static final Logger LOG = Logger.getLogger(PluginLoader.class.getName());

  private final TsumugiPluginManager manager;
  private final PluginMetadataTarget metadata;
  private volatile boolean anyRunning;

  PluginLoader(TsumugiPluginManager manager, PluginMetadataTarget metadata) {
    this.manager = manager;
    this.metadata = metadata;
  }

  /** Whether any plugin runs now (a volatile read: the record service asks on every write). */
  boolean anyRunning() {
    return anyRunning;
  }

  boolean isLoaded(String pluginId) {
    return manager.getPlugin(pluginId) != null;
  }

  List<String> running() {
    return manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList();
  }

  void loadAndStart(InspectedPlugin p, boolean applyMetadata) {
    String id;
    try {
      id = manager.loadPlugin(p.file());
    } catch (RuntimeException e) {
      throw PluginRefusedException.of(
              p.fileName(), "読み込めません: " + e.getMessage(), "it cannot be loaded: " + e, e)
          .coded("plugin.loadFailed");
    }
    try {
      PluginState state = manager.startPlugin(id);
      PluginWrapper wrapper = manager.getPlugin(id);
      if (state != PluginState.STARTED) {
        Throwable cause = wrapper.getFailedException();
        throw PluginRefusedException.of(
                p.fileName(), "開始に失敗しました: " + cause, "it failed on start: " + cause, cause)
            .coded("plugin.startFailed");
      }
      if (applyMetadata) {
        Optional<MetadataPackage> pkg =
            PluginMetadataReader.read(manager, wrapper, metadata.activePackages(id));
        pkg.ifPresent(value -> metadata.apply(id, value));
      }
      anyRunning = true;
      LOG.info(() -> "Plugin " + id + " " + p.version() + " started (" + p.fileName() + ")");
    } catch (PluginRefusedException e) {
      stopAndUnload(id);
      throw e;
    } catch (RuntimeException e) {
      stopAndUnload(id);
      throw PluginRefusedException.of(
              p.fileName(), "開始に失敗しました: " + e, "it failed on start: " + e, e)
          .coded("plugin.startFailed");
    }
  }

  void stopAndUnload(String pluginId) {
    PluginWrapper wrapper = manager.getPlugin(pluginId);
    if (wrapper == null) {
      return;
    }
    ClassLoader loader = wrapper.getPluginClassLoader();
    try {
      if (wrapper.getPluginState() == PluginState.STARTED) {
        manager.stopPlugin(pluginId);
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "Plugin " + pluginId + " failed while stopping: " + e);
    }
    try {
      manager.unloadPlugin(pluginId);
    } catch (RuntimeException e) {
      LOG.warning(() -> "Plugin " + pluginId + " failed while unloading: " + e);
    }
    manager.forget(pluginId, loader);
    anyRunning = !manager.getStartedPlugins().isEmpty();
  }

  /** Stops every plugin, dependents first, one by one (PF4J's stopPlugins can throw CME). */
  void stopAll() {
    List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
    Collections.reverse(started);
    for (PluginWrapper plugin : started) {
      stopAndUnload(plugin.getPluginId());
    }
  }

  void checkDependencies(InspectedPlugin p) {
    Map<String, String> runningVersions = new LinkedHashMap<>();
    for (PluginWrapper w : manager.getStartedPlugins()) {
      if (!w.getPluginId().equals(p.id())) {
        runningVersions.put(w.getPluginId(), w.getDescriptor().getVersion());
      }
    }
    PluginLoadOrder.Result result = new PluginLoadOrder().order(List.of(p), runningVersions);
    if (!result.refused().isEmpty()) {
      throw result.refused().get(0).reason();
    }
  }
}
