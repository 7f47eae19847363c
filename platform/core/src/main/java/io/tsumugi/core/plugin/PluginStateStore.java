package io.tsumugi.core.plugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads and writes {@code sys_plugin} (created by {@code changelog-0.1.0-plugins.xml}). */
public final class PluginStateStore {

  private static final String COLUMNS =
      "plugin_id, version, file_name, sha256, signed, status, installed_at, updated_at, last_error";

  private final DataSource dataSource;

  /** A store on the platform's data source. */
  public PluginStateStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every plugin ever installed, by id. */
  public List<InstalledPlugin> all() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + COLUMNS + " FROM sys_plugin ORDER BY plugin_id");
        ResultSet rs = s.executeQuery()) {
      List<InstalledPlugin> result = new ArrayList<>();
      while (rs.next()) {
        result.add(read(rs));
      }
      return result;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The row of {@code pluginId}, if it was ever installed. */
  public Optional<InstalledPlugin> find(String pluginId) {
    return all().stream().filter(p -> p.pluginId().equals(pluginId)).findFirst();
  }

  /** Inserts or replaces the row of {@code plugin.pluginId()}. */
  public void save(InstalledPlugin plugin) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      try {
        c.setAutoCommit(false);
        try (PreparedStatement delete =
            c.prepareStatement("DELETE FROM sys_plugin WHERE plugin_id = ?")) {
          delete.setString(1, plugin.pluginId());
          delete.executeUpdate();
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO sys_plugin (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, plugin.pluginId());
          insert.setString(2, plugin.version());
          insert.setString(3, plugin.fileName());
          insert.setString(4, plugin.sha256());
          insert.setBoolean(5, plugin.signed());
          insert.setString(6, plugin.status().name());
          insert.setTimestamp(7, Timestamp.from(plugin.installedAt()));
          insert.setTimestamp(8, Timestamp.from(plugin.updatedAt()));
          insert.setString(9, truncate(plugin.lastError()));
          insert.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static InstalledPlugin read(ResultSet rs) throws SQLException {
    return new InstalledPlugin(
        rs.getString("plugin_id"),
        rs.getString("version"),
        rs.getString("file_name"),
        rs.getString("sha256"),
        rs.getBoolean("signed"),
        PluginStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("installed_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("last_error"));
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
  }

  private static IllegalStateException failed(SQLException e) {
    return new IllegalStateException("Cannot read or write sys_plugin: " + e.getMessage(), e);
  }
}
