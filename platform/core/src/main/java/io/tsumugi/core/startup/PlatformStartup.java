package io.tsumugi.core.startup;

import io.tsumugi.api.PlatformVersion;
import io.tsumugi.core.config.PlatformSettings;
import io.tsumugi.core.demo.DemoData;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.metadata.MetadataVersions;
import io.tsumugi.core.plugin.PluginRuntime;
import io.tsumugi.core.schema.PlatformSchemaMigrator;
import io.tsumugi.core.schema.runtime.MigrationLock;
import io.tsumugi.core.security.FirstAdministrator;
import io.tsumugi.metadata.standard.StandardPackage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts the platform when the application is deployed: migrate the platform tables, make sure a
 * metadata version and an administrator exist, start the engine (undo a half-done apply, load the
 * active metadata), on a new database apply the standard CRM package as version 2, then start the
 * plugin host (whose failures are logged, never fatal). A failure here fails the deployment,
 * loudly, rather than serving screens on a half-built database.
 */
@ApplicationScoped
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private MetadataVersions metadataVersions;
  @Inject private FirstAdministrator firstAdministrator;
  @Inject private Engine engine;
  @Inject private PluginRuntime plugins;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long started = System.nanoTime();
    migratePlatformSchema();
    metadataVersions.recordEmptyVersionIfNone();
    firstAdministrator.createIfNoAccountExists(PlatformSettings.fromRuntime());
    engine.start();
    engine.applyIfEmpty(StandardPackage.load(), MetadataVersions.EMPTY_VERSION);
    plugins.start();
    loadDemoDataIfAsked();
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(() -> "Tsumugi CRM " + PlatformVersion.current() + " started in " + millis + " ms");
  }

  private void loadDemoDataIfAsked() {
    boolean wanted =
        PlatformSettings.fromRuntime()
            .get(DemoData.SETTING)
            .map(Boolean::parseBoolean)
            .orElse(false);
    if (wanted) {
      Map<String, Integer> loaded =
          new DemoData(dataSource, engine.active(), engine.records()).loadIfEmpty();
      LOG.info(
          () ->
              loaded.isEmpty()
                  ? "Demo data: the database already has records; nothing loaded"
                  : "Demo data loaded: " + loaded);
    }
  }

  private void migratePlatformSchema() {
    // Outside any transaction: Liquibase commits each changeset itself.
    // Under the migration lock, which also clears a Liquibase lock left by a killed process.
    try (Connection connection = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquire(connection, Duration.ofSeconds(120))) {
      new PlatformSchemaMigrator().migrate(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the platform database: " + e.getMessage(), e);
    }
  }
}
