package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.metadata.model.MetadataPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The plugin host: loads the plugins folder at start and installs, enables, disables, upgrades and
 * uninstalls plugins, keeping their state in {@code sys_plugin}. Every file is inspected before any
 * of its code runs; a plugin that is refused or fails is reported and left out, the others and the
 * server carry on. Operations are serialised.
 */
public final class PluginHost implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  private final Path pluginsDir;
  private final PluginStateStore store;
  private final PluginFileInspector inspector;
  private final PluginMetadataTarget metadata;
  private final TsumugiPluginManager manager;
  private final PluginExtensions extensions;
  private final Clock clock;
  private final List<PluginProblem> problems = new ArrayList<>();

  /** A host on {@code pluginsDir} (made absolute, as PF4J needs). */
  public PluginHost(
      Path pluginsDir,
      PluginStateStore store,
      PluginFileInspector inspector,
      PluginMetadataTarget metadata,
      PluginServices services,
      Clock clock) {
    this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
    this.store = store;
    this.inspector = inspector;
    this.metadata = metadata;
    this.manager = new TsumugiPluginManager(this.pluginsDir, services);
    this.extensions = new PluginExtensions(manager);
    this.clock = clock;
  }

  /** Calls into the running plugins' extensions, failures isolated per plugin. */
  public PluginExtensions extensions() {
    return extensions;
  }

  /** The files refused at the last {@link #start()}. */
  public synchronized List<PluginProblem> problems() {
    return List.copyOf(problems);
  }

  /** Every plugin ever installed. */
  public List<InstalledPlugin> installed() {
    return store.all();
  }

  /** The ids of the plugins running now. */
  public synchronized List<String> running() {
    return manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList();
  }

  /**
   * Loads every {@code *.jar} of the plugins folder that is not disabled or uninstalled. A file
   * dropped in the folder is installed; a higher version of an installed plugin upgrades it.
   */
  public synchronized void start() {
    problems.clear();
    Map<String, InstalledPlugin> rows = new LinkedHashMap<>();
    store.all().forEach(row -> rows.put(row.pluginId(), row));
    List<InspectedPlugin> candidates = new ArrayList<>();
    for (Path file : pluginFiles()) {
      try {
        InspectedPlugin p = inspector.inspect(file);
        InstalledPlugin row = rows.get(p.id());
        if (row != null && row.status() == PluginStatus.DISABLED) {
          continue;
        }
        if (row != null
            && row.status() != PluginStatus.UNINSTALLED
            && !row.sha256().equals(p.sha256())
            && !isNewer(p.version(), row.version())) {
          PluginRefusedException changed =
              PluginRefusedException.of(
                  p.fileName(),
                  "インストール時から内容が変わっています(SHA-256 が " + row.sha256() + " と異なります)。",
                  "its content changed since it was installed (SHA-256 differs from "
                      + row.sha256()
                      + ").");
          store.save(
              row.withStatus(PluginStatus.FAILED, changed.localized().toString(), clock.instant()));
          throw changed;
        }
        candidates.add(p);
      } catch (PluginRefusedException e) {
        refuse(file.getFileName().toString(), null, e);
      }
    }
    PluginLoadOrder.Result order = new PluginLoadOrder().order(candidates, Map.of());
    order.refused().forEach(r -> refuse(r.plugin().fileName(), r.plugin().id(), r.reason()));
    for (InspectedPlugin p : order.ordered()) {
      InstalledPlugin row = rows.get(p.id());
      boolean changed =
          row == null
              || row.status() == PluginStatus.UNINSTALLED
              || !row.version().equals(p.version());
      try {
        loadAndStart(p, changed);
        save(p, row, PluginStatus.ENABLED, null);
      } catch (PluginRefusedException e) {
        refuse(p.fileName(), p.id(), e);
        if (row != null) {
          store.save(
              row.withStatus(PluginStatus.FAILED, e.localized().toString(), clock.instant()));
        }
      }
    }
  }

  /**
   * Installs an uploaded plugin file: inspected, copied into the plugins folder, started, its
   * metadata applied.
   */
  public synchronized InstalledPlugin install(Path upload) {
    InspectedPlugin p = inspector.inspect(upload);
    Optional<InstalledPlugin> row = store.find(p.id());
    if (row.isPresent() && row.get().status() != PluginStatus.UNINSTALLED) {
      throw PluginRefusedException.of(
          p.fileName(),
          "プラグイン「" + p.id() + "」は既にインストールされています(" + row.get().version() + ")。アップグレードを使ってください。",
          "plugin '"
              + p.id()
              + "' is already installed ("
              + row.get().version()
              + "); upgrade it instead.");
    }
    checkDependencies(p);
    InspectedPlugin placed = place(p);
    try {
      loadAndStart(placed, true);
    } catch (RuntimeException e) {
      deleteQuietly(placed.file());
      throw e;
    }
    return save(placed, row.orElse(null), PluginStatus.ENABLED, null);
  }

  /**
   * Replaces an installed plugin by a newer version; its metadata change is planned and applied.
   */
  public synchronized InstalledPlugin upgrade(Path upload) {
    InspectedPlugin p = inspector.inspect(upload);
    InstalledPlugin row = requireInstalled(p.id());
    if (!isNewer(p.version(), row.version())) {
      throw PluginRefusedException.of(
          p.fileName(),
          "バージョン " + p.version() + " はインストール済みの " + row.version() + " より新しくありません。",
          "version " + p.version() + " is not newer than the installed " + row.version() + ".");
    }
    checkDependencies(p);
    InspectedPlugin placed = place(p);
    Path oldFile = pluginsDir.resolve(row.fileName());
    boolean wasRunning = manager.getPlugin(p.id()) != null;
    stopAndUnload(p.id());
    try {
      loadAndStart(placed, true);
    } catch (RuntimeException e) {
      deleteQuietly(placed.file());
      if (wasRunning) {
        loadAndStart(inspector.inspect(oldFile), false); // back to the old version
      }
      throw e;
    }
    archive(oldFile);
    return save(placed, row, PluginStatus.ENABLED, null);
  }

  /** Stops a plugin and keeps it stopped across restarts; its entities and data stay. */
  public synchronized InstalledPlugin disable(String pluginId) {
    InstalledPlugin row = requireInstalled(pluginId);
    stopAndUnload(pluginId);
    InstalledPlugin disabled = row.withStatus(PluginStatus.DISABLED, null, clock.instant());
    store.save(disabled);
    return disabled;
  }

  /** Starts a disabled (or failed) plugin again. */
  public synchronized InstalledPlugin enable(String pluginId) {
    InstalledPlugin row = requireInstalled(pluginId);
    if (manager.getPlugin(pluginId) != null) {
      return row;
    }
    InspectedPlugin p = inspector.inspect(pluginsDir.resolve(row.fileName()));
    checkDependencies(p);
    loadAndStart(p, false);
    return save(p, row, PluginStatus.ENABLED, null);
  }

  /**
   * Removes a plugin: stopped, its file archived, its entities withdrawn from the active metadata;
   * their tables are archived, or dropped when {@code purge} is asked.
   */
  public synchronized InstalledPlugin uninstall(String pluginId, boolean purge) {
    InstalledPlugin row = requireInstalled(pluginId);
    stopAndUnload(pluginId);
    metadata.withdraw(pluginId, pluginId, purge);
    archive(pluginsDir.resolve(row.fileName()));
    InstalledPlugin removed = row.withStatus(PluginStatus.UNINSTALLED, null, clock.instant());
    store.save(removed);
    return removed;
  }

  /** Stops the plugins one by one over a copy of the list (PF4J's stopPlugins can throw CME). */
  @Override
  public synchronized void close() {
    List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
    java.util.Collections.reverse(started);
    for (PluginWrapper plugin : started) {
      stopAndUnload(plugin.getPluginId());
    }
  }

  private void loadAndStart(InspectedPlugin p, boolean applyMetadata) {
    String id;
    try {
      id = manager.loadPlugin(p.file());
    } catch (RuntimeException e) {
      throw PluginRefusedException.of(
          p.fileName(), "読み込めません: " + e.getMessage(), "it cannot be loaded: " + e, e);
    }
    try {
      PluginState state = manager.startPlugin(id);
      PluginWrapper wrapper = manager.getPlugin(id);
      if (state != PluginState.STARTED) {
        Throwable cause = wrapper.getFailedException();
        throw PluginRefusedException.of(
            p.fileName(), "開始に失敗しました: " + cause, "it failed on start: " + cause, cause);
      }
      if (applyMetadata) {
        Optional<MetadataPackage> pkg =
            PluginMetadataReader.read(manager, wrapper, metadata.activePackages());
        pkg.ifPresent(value -> metadata.apply(id, value));
      }
      LOG.info(() -> "Plugin " + id + " " + p.version() + " started (" + p.fileName() + ")");
    } catch (PluginRefusedException e) {
      stopAndUnload(id);
      throw e;
    } catch (RuntimeException e) {
      stopAndUnload(id);
      throw PluginRefusedException.of(
          p.fileName(), "開始に失敗しました: " + e, "it failed on start: " + e, e);
    }
  }

  private void stopAndUnload(String pluginId) {
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
  }

  private void checkDependencies(InspectedPlugin p) {
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

  private InspectedPlugin place(InspectedPlugin p) {
    Path target = pluginsDir.resolve(p.id() + "-" + p.version() + ".jar");
    try {
      Files.createDirectories(pluginsDir);
      if (!p.file().toAbsolutePath().normalize().equals(target)) {
        Files.copy(p.file(), target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the plugin into " + pluginsDir, e);
    }
    return new InspectedPlugin(
        target, p.id(), p.version(), p.requires(), p.dependencies(), p.sha256(), p.signed());
  }

  private void archive(Path file) {
    try {
      if (Files.exists(file)) {
        Path archive = Files.createDirectories(pluginsDir.resolve(".archive"));
        Files.move(
            file,
            archive.resolve(clock.millis() + "-" + file.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot archive " + file, e);
    }
  }

  private InstalledPlugin requireInstalled(String pluginId) {
    return store
        .find(pluginId)
        .filter(row -> row.status() != PluginStatus.UNINSTALLED)
        .orElseThrow(
            () ->
                new PluginRefusedException(
                    new LocalizedMessage(
                        "プラグイン「" + pluginId + "」はインストールされていません。",
                        "Plugin '" + pluginId + "' is not installed.")));
  }

  private InstalledPlugin save(
      InspectedPlugin p, InstalledPlugin previous, PluginStatus status, String error) {
    var now = clock.instant();
    InstalledPlugin row =
        new InstalledPlugin(
            p.id(),
            p.version(),
            p.fileName(),
            p.sha256(),
            p.signed(),
            status,
            previous == null || previous.status() == PluginStatus.UNINSTALLED
                ? now
                : previous.installedAt(),
            now,
            error);
    store.save(row);
    return row;
  }

  private void refuse(String fileName, String pluginId, PluginRefusedException e) {
    problems.add(new PluginProblem(fileName, pluginId, e.localized()));
    LOG.warning(e.localized().en() + " / " + e.localized().ja());
  }

  private List<Path> pluginFiles() {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(pluginsDir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(pluginsDir, "*.{jar,zip}")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pluginsDir, e);
    }
    files.sort(null);
    return files;
  }

  private static boolean isNewer(String candidate, String installed) {
    return new DefaultVersionManager().compareVersions(candidate, installed) > 0;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + file + ": " + e);
    }
  }
}
