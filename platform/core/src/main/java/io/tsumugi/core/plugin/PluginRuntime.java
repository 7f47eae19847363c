package io.tsumugi.core.plugin;

import io.tsumugi.core.config.PlatformSettings;
import io.tsumugi.core.engine.Engine;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugin host of the running server. Started by {@link io.tsumugi.core.startup.PlatformStartup}
 * once the standard package is applied: it loads the plugins folder ({@value #DIR_SETTING}, default
 * {@code <server>/plugins}), plugs the running plugins into the record service and serves the REST
 * and screen calls. A plugin that fails is refused and logged; even a host that cannot start at all
 * leaves the server running without plugins.
 */
@ApplicationScoped
public class PluginRuntime {

  /** Where plugin files are loaded from ({@code TSUMUGI_PLUGINS_DIR}). */
  public static final String DIR_SETTING = "tsumugi.plugins-dir";

  /** A folder of trusted Ed25519 public keys ({@code *.pem}) for plugin signatures. */
  public static final String KEYS_SETTING = "tsumugi.plugins-trusted-keys";

  /** {@code true}: refuse plugins without a valid signature from a trusted key. */
  public static final String REQUIRE_SIGNATURE_SETTING = "tsumugi.plugins-require-signature";

  private static final Logger LOG = Logger.getLogger(PluginRuntime.class.getName());

  @Inject private Engine engine;

  private volatile PluginHost host;

  /** Builds the host on the engine, plugs it into the record service and loads the folder. */
  public void start() {
    PlatformSettings settings = PlatformSettings.fromRuntime();
    Path dir = pluginsDir(settings);
    try {
      PluginHost h =
          new PluginHost(
              dir,
              new PluginStateStore(engine.dataSource()),
              new PluginFileInspector(signatures(settings)),
              new EngineMetadataTarget(engine.applier(), engine.active(), engine.dataSource()),
              services(),
              Clock.systemUTC());
      engine.hooks().plug(new PluginRecordHooks(h));
      host = h;
      h.start();
      LOG.info(
          () ->
              "Plugins: "
                  + h.running().size()
                  + " running "
                  + h.running()
                  + ", "
                  + h.problems().size()
                  + " refused, from "
                  + h.pluginsDir());
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "プラグインホストを開始できませんでした(プラグインなしで動作します) / The plugin host could not start;"
              + " the server runs without plugins ("
              + dir
              + ")",
          e);
    }
  }

  /** The host, if it started. */
  public Optional<PluginHost> host() {
    return Optional.ofNullable(host);
  }

  /** Whether any plugin runs (cheap: screens ask on every page). */
  public boolean anyRunning() {
    PluginHost h = host;
    return h != null && h.anyRunning();
  }

  @PreDestroy
  void stop() {
    PluginHost h = host;
    if (h != null) {
      engine.hooks().plug(null);
      h.close();
    }
  }

  static Path pluginsDir(PlatformSettings settings) {
    return settings
        .get(DIR_SETTING)
        .map(Path::of)
        .orElseGet(
            () -> {
              String home = System.getProperty("jboss.home.dir");
              return home != null ? Path.of(home, "plugins") : Path.of("plugins");
            });
  }

  private static PluginSignatureVerifier signatures(PlatformSettings settings) {
    boolean required =
        settings.get(REQUIRE_SIGNATURE_SETTING).map(Boolean::parseBoolean).orElse(false);
    Optional<String> keys = settings.get(KEYS_SETTING);
    if (keys.isEmpty() && !required) {
      return PluginSignatureVerifier.disabled();
    }
    return PluginSignatureVerifier.fromFolder(Path.of(keys.orElse("plugin-keys")), required);
  }

  private PluginServices services() {
    EngineRecords records = new EngineRecords(engine);
    Properties props = new Properties();
    props.putAll(System.getProperties());
    return new PluginServices(records, records, props);
  }
}
