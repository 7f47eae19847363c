package io.tsumugi.core.plugin;

import io.tsumugi.core.schema.PlatformSchemaMigrator;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.standard.StandardPackage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A real in-memory H2 with the platform tables, and an in-memory metadata target. */
final class PluginTestSupport {

  private PluginTestSupport() {}

  static DataSource migratedDatabase() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:plugins-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = ds.getConnection()) {
      new PlatformSchemaMigrator().migrate(c);
    }
    return ds;
  }

  static PluginHost host(Path dir, DataSource ds, MemoryMetadata metadata, Properties settings) {
    return new PluginHost(
        dir,
        new PluginStateStore(ds),
        new PluginFileInspector(PluginSignatureVerifier.disabled()),
        metadata,
        PluginServices.withoutRecords(settings),
        Clock.systemUTC());
  }

  /** Active packages kept in memory: the standard package plus what plugins applied. */
  static final class MemoryMetadata implements PluginMetadataTarget {
    final List<MetadataPackage> active = new ArrayList<>(List.of(StandardPackage.load()));
    final List<String> withdrawn = new ArrayList<>();

    @Override
    public List<MetadataPackage> activePackages(String pluginId) {
      return List.copyOf(active);
    }

    @Override
    public void apply(String pluginId, MetadataPackage pkg) {
      active.removeIf(p -> p.namespace().equals(pkg.namespace()));
      active.add(pkg);
    }

    @Override
    public void withdraw(String pluginId, String namespace, boolean purge) {
      active.removeIf(p -> p.namespace().equals(namespace));
      withdrawn.add(namespace + (purge ? " purged" : " archived"));
    }

    @Override
    public Optional<Plan> plan(String pluginId, MetadataPackage pkg) {
      MetadataPackage before =
          active.stream()
              .filter(p -> p.namespace().equals(pkg.namespace()))
              .findFirst()
              .orElse(MetadataPackage.empty(pkg.namespace()));
      return Optional.of(Planner.plan(before, pkg));
    }

    MetadataPackage namespace(String ns) {
      return active.stream().filter(p -> p.namespace().equals(ns)).findFirst().orElseThrow();
    }
  }
}
