package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.pf4j.DefaultVersionManager;

/**
 * The plugin host: loads the plugins folder at start and installs, enables, disables, upgrades and
 * uninstalls plugins, keeping their state in {@code sys_plugin}. Every file is inspected before any
 * of its code runs; a plugin that is refused or fails is reported and left out, the others and the
 * server carry on. Operations are serialised.
 */
public final class PluginHost implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

  private final PluginFolder folder;
  private final PluginStateStore store;
  private final PluginFileInspector inspector;
  private final PluginMetadataTarget metadata;
  private final PluginLoader loader;
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
    this.folder = new PluginFolder(pluginsDir, clock);
    this.store = store;
    this.inspector = inspector;
    this.metadata = metadata;
    TsumugiPluginManager manager = new TsumugiPluginManager(folder.dir(), services);
    this.loader = new PluginLoader(manager, metadata);
    this.extensions = new PluginExtensions(manager);
    this.clock = clock;
  }

  /** The folder plugins are loaded from. */
  public Path pluginsDir() {
    return folder.dir();
  }

  /** Calls into the running plugins' extensions, failures isolated per plugin. */
  public PluginExtensions extensions() {
    return extensions;
  }

  /** Whether any plugin runs: the record service skips every plugin step when none does. */
  public boolean anyRunning() {
    return loader.anyRunning();
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
    return loader.running();
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
    Set<String> found = new HashSet<>();
    for (Path file : folder.files()) {
      try {
        InspectedPlugin p = inspector.inspect(file);
        found.add(p.id());
        InstalledPlugin row = rows.get(p.id());
        if (row != null && row.status() == PluginStatus.DISABLED) {
          continue;
        }
        checkUnchanged(p, row);
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
        loader.loadAndStart(p, changed);
        save(p, row, PluginStatus.ENABLED, null);
      } catch (PluginRefusedException e) {
        refuse(p.fileName(), p.id(), e);
        if (row != null) {
          store.save(
              row.withStatus(PluginStatus.FAILED, e.localized().toString(), clock.instant()));
        }
      }
    }
    rows.values().stream().filter(row -> !found.contains(row.pluginId())).forEach(this::missing);
  }

  /**
   * An installed plugin whose file left the folder while the server was stopped: reported and
   * marked failed, not uninstalled, so its entities and data stay until an administrator decides
   * (put the file back, or uninstall).
   */
  private void missing(InstalledPlugin row) {
    if (row.status() != PluginStatus.ENABLED && row.status() != PluginStatus.FAILED) {
      return;
    }
    PluginRefusedException e =
        new PluginRefusedException(
                new LocalizedMessage(
                    "プラグイン「"
                        + row.pluginId()
                        + "」("
                        + row.version()
                        + ")のファイル "
                        + row.fileName()
                        + " が plugins フォルダにありません。起動していません。エンティティとデータは残っています。",
                    "The file "
                        + row.fileName()
                        + " of plugin '"
                        + row.pluginId()
                        + "' ("
                        + row.version()
                        + ") is missing from the plugins folder: not started. Its entities and"
                        + " data are kept."))
            .coded("plugin.fileMissing");
    refuse(row.fileName(), row.pluginId(), e);
    store.save(row.withStatus(PluginStatus.FAILED, e.localized().toString(), clock.instant()));
  }

  /**
   * What installing or upgrading to an uploaded file would do, before any of its code runs: the
   * file is inspected (a hostile one is refused as by {@link #install}) and its metadata planned
   * against the active metadata; nothing changes.
   */
  public synchronized PluginPreview preview(Path upload) {
    InspectedPlugin p = inspector.inspect(upload);
    String installed =
        store
            .find(p.id())
            .filter(row -> row.status() != PluginStatus.UNINSTALLED)
            .map(InstalledPlugin::version)
            .orElse(null);
    return new PluginPreviewer(metadata).preview(p, installed);
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
                  + "); upgrade it instead.")
          .coded("plugin.alreadyInstalled");
    }
    loader.checkDependencies(p);
    InspectedPlugin placed = folder.place(p);
    try {
      loader.loadAndStart(placed, true);
    } catch (RuntimeException e) {
      PluginFolder.deleteQuietly(placed.file());
      throw e;
    }
    return save(placed, row.orElse(null), PluginStatus.ENABLED, null);
  }

  /**
   * Replaces an installed plugin by a newer version; its metadata change is planned and applied.
   */
  public synchronized InstalledPlugin upgrade(Path upload) {
    return upgrade(upload, null);
  }

  /** {@link #upgrade(Path)}, refusing a file whose id is not {@code expectedId} (when given). */
  public synchronized InstalledPlugin upgrade(Path upload, String expectedId) {
    InspectedPlugin p = inspector.inspect(upload);
    if (expectedId != null && !expectedId.equals(p.id())) {
      throw PluginRefusedException.of(
              p.fileName(),
              "このファイルはプラグイン「" + p.id() + "」です(「" + expectedId + "」ではありません)。",
              "this file is plugin '" + p.id() + "', not '" + expectedId + "'.")
          .coded("plugin.idMismatch");
    }
    InstalledPlugin row = requireInstalled(p.id());
    if (!isNewer(p.version(), row.version())) {
      throw PluginRefusedException.of(
              p.fileName(),
              "バージョン " + p.version() + " はインストール済みの " + row.version() + " より新しくありません。",
              "version " + p.version() + " is not newer than the installed " + row.version() + ".")
          .coded("plugin.notNewer");
    }
    loader.checkDependencies(p);
    InspectedPlugin placed = folder.place(p);
    Path oldFile = folder.resolve(row.fileName());
    boolean wasRunning = loader.isLoaded(p.id());
    loader.stopAndUnload(p.id());
    try {
      loader.loadAndStart(placed, true);
    } catch (RuntimeException e) {
      PluginFolder.deleteQuietly(placed.file());
      if (wasRunning) {
        loader.loadAndStart(inspector.inspect(oldFile), false); // back to the old version
      }
      throw e;
    }
    folder.archive(oldFile);
    return save(placed, row, PluginStatus.ENABLED, null);
  }

  /**
   * Stops a plugin and keeps it stopped across restarts: its extensions no longer run; its entities
   * and data stay in the active metadata and on the screens.
   */
  public synchronized InstalledPlugin disable(String pluginId) {
    InstalledPlugin row = requireInstalled(pluginId);
    loader.stopAndUnload(pluginId);
    InstalledPlugin disabled = row.withStatus(PluginStatus.DISABLED, null, clock.instant());
    store.save(disabled);
    return disabled;
  }

  /** Starts a disabled (or failed) plugin again. */
  public synchronized InstalledPlugin enable(String pluginId) {
    InstalledPlugin row = requireInstalled(pluginId);
    if (loader.isLoaded(pluginId)) {
      return row;
    }
    InspectedPlugin p = inspector.inspect(folder.resolve(row.fileName()));
    loader.checkDependencies(p);
    loader.loadAndStart(p, false);
    return save(p, row, PluginStatus.ENABLED, null);
  }

  /**
   * Removes a plugin: stopped, its file archived, its entities withdrawn from the active metadata;
   * their tables are archived, or dropped when {@code purge} is asked.
   */
  public synchronized InstalledPlugin uninstall(String pluginId, boolean purge) {
    InstalledPlugin row = requireInstalled(pluginId);
    loader.stopAndUnload(pluginId);
    metadata.withdraw(pluginId, pluginId, purge);
    folder.archive(folder.resolve(row.fileName()));
    InstalledPlugin removed = row.withStatus(PluginStatus.UNINSTALLED, null, clock.instant());
    store.save(removed);
    return removed;
  }

  /** Stops the plugins one by one, dependents first. */
  @Override
  public synchronized void close() {
    loader.stopAll();
  }

  private void checkUnchanged(InspectedPlugin p, InstalledPlugin row) {
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
                      + ").")
              .coded("plugin.changed");
      store.save(
          row.withStatus(PluginStatus.FAILED, changed.localized().toString(), clock.instant()));
      throw changed;
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
                            "Plugin '" + pluginId + "' is not installed."))
                    .coded("plugin.notInstalled"));
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

  private static boolean isNewer(String candidate, String installed) {
    return new DefaultVersionManager().compareVersions(candidate, installed) > 0;
  }
}
