package io.tsumugi.core.plugin;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.ApplyResult;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.plan.Planner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Plugin metadata through the platform's own plan and apply: the plugin's package replaces its
 * namespace's part of the active package and the result is applied as a new version (recorded as
 * applied by {@code plugin <id> <version>}). An upgrade is simply the next plan: added fields are
 * added, removed ones archived, data kept; a change the data does not fit refuses the upgrade.
 * Withdrawing takes the namespace's entities out, which archives their tables; a purge then drops
 * those archived tables.
 */
public final class EngineMetadataTarget implements PluginMetadataTarget {

  private static final Logger LOG = Logger.getLogger(EngineMetadataTarget.class.getName());

  private final MetadataApplier applier;
  private final ActiveMetadata active;
  private final DataSource dataSource;

  /** A target applying through {@code applier} onto {@code active}. */
  public EngineMetadataTarget(
      MetadataApplier applier, ActiveMetadata active, DataSource dataSource) {
    this.applier = applier;
    this.active = active;
    this.dataSource = dataSource;
  }

  @Override
  public List<MetadataPackage> activePackages(String pluginId) {
    return List.of(PluginPackages.without(active.current().pkg(), pluginId));
  }

  @Override
  public void apply(String pluginId, MetadataPackage pkg) {
    ActiveMetadata.Version current = active.current();
    MetadataPackage proposed = PluginPackages.merged(current.pkg(), pkg);
    ApplyResult r =
        applier.apply(
            proposed,
            current.versionNo(),
            "plugin " + pluginId + " " + pkg.version(),
            ApplyOptions.defaults().confirmingDestructive());
    LOG.info(
        () ->
            "Plugin "
                + pluginId
                + " "
                + pkg.version()
                + ": metadata applied as version "
                + r.versionNo()
                + " ("
                + r.plan().changes().size()
                + " changes)");
  }

  @Override
  public Optional<Plan> plan(String pluginId, MetadataPackage pkg) {
    MetadataPackage current = active.current().pkg();
    return Optional.of(Planner.plan(current, PluginPackages.merged(current, pkg)));
  }

  @Override
  public void withdraw(String pluginId, String namespace, boolean purge) {
    ActiveMetadata.Version current = active.current();
    List<String> entities = PluginPackages.entityNames(current.pkg(), namespace);
    if (entities.isEmpty()) {
      return;
    }
    ApplyResult r =
        applier.apply(
            PluginPackages.without(current.pkg(), namespace),
            current.versionNo(),
            "plugin " + pluginId + " uninstall" + (purge ? " (purge)" : ""),
            ApplyOptions.defaults().confirmingDestructive());
    if (purge) {
      purge(entities, r.versionNo());
    }
    LOG.info(
        () ->
            "Plugin "
                + pluginId
                + ": entities "
                + entities
                + (purge ? " removed and purged" : " removed, tables archived")
                + " in metadata version "
                + r.versionNo());
  }

  private void purge(List<String> entities, int versionNo) {
    try (Connection c = dataSource.getConnection();
        Statement drop = c.createStatement();
        PreparedStatement forget =
            c.prepareStatement(
                "DELETE FROM sys_archive WHERE version_no = ? AND entity_name = ?"
                    + " AND field_name IS NULL")) {
      for (String entity : entities) {
        drop.execute(
            "DROP TABLE IF EXISTS " + SqlNames.archivedTable(entity, versionNo) + " CASCADE");
        forget.setInt(1, versionNo);
        forget.setString(2, entity);
        forget.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot purge the archived tables of " + entities + ": " + e.getMessage(), e);
    }
  }
}
