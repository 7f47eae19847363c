package io.tsumugi.core.preferences;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Saves and reads each user's list choices, one row per user and entity. Columns are stored
 * comma-separated (API names have no commas), conditions one per line as field, operator and value
 * separated by tabs (tabs and line breaks in a value become spaces).
 */
public final class ListPreferences {

  private final DataSource dataSource;

  /** Stores in this data source. */
  public ListPreferences(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The user's saved choices for the entity's list, if any. */
  public Optional<ListPreference> find(long userId, String entity) {
    String sql =
        "SELECT view_name, columns_list, conditions, sort_field, sort_desc"
            + " FROM sys_list_preference WHERE user_id = ? AND entity_name = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, userId);
      ps.setString(2, entity);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ListPreference(
                rs.getString(1),
                columns(rs.getString(2)),
                conditions(rs.getString(3)),
                rs.getString(4),
                rs.getBoolean(5)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading list preferences failed: " + e.getMessage(), e);
    }
  }

  /** Replaces the user's choices for the entity's list. */
  public void save(long userId, String entity, ListPreference p) {
    try (Connection c = dataSource.getConnection()) {
      String update =
          "UPDATE sys_list_preference SET view_name = ?, columns_list = ?, conditions = ?,"
              + " sort_field = ?, sort_desc = ?, updated_at = ? WHERE user_id = ? AND entity_name = ?";
      try (PreparedStatement ps = c.prepareStatement(update)) {
        int i = bindValues(ps, p);
        ps.setLong(i++, userId);
        ps.setString(i, entity);
        if (ps.executeUpdate() == 1) {
          return;
        }
      }
      String insert =
          "INSERT INTO sys_list_preference (view_name, columns_list, conditions, sort_field,"
              + " sort_desc, updated_at, user_id, entity_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        int i = bindValues(ps, p);
        ps.setLong(i++, userId);
        ps.setString(i, entity);
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Saving list preferences failed: " + e.getMessage(), e);
    }
  }

  /** Forgets the user's choices for the entity's list. */
  public void clear(long userId, String entity) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM sys_list_preference WHERE user_id = ? AND entity_name = ?")) {
      ps.setLong(1, userId);
      ps.setString(2, entity);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Clearing list preferences failed: " + e.getMessage(), e);
    }
  }

  private static int bindValues(PreparedStatement ps, ListPreference p) throws SQLException {
    ps.setString(1, p.view());
    ps.setString(2, String.join(",", p.columns()));
    ps.setString(3, encode(p.conditions()));
    ps.setString(4, p.sortField());
    ps.setBoolean(5, p.sortDescending());
    ps.setTimestamp(6, Timestamp.from(Instant.now()));
    return 7;
  }

  static String encode(List<ListPreference.Condition> conditions) {
    StringBuilder out = new StringBuilder();
    for (ListPreference.Condition condition : conditions) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      String value =
          condition.value() == null ? "" : condition.value().replaceAll("[\\t\\r\\n]", " ");
      out.append(condition.field()).append('\t').append(condition.operator()).append('\t');
      out.append(value);
    }
    return out.toString();
  }

  static List<ListPreference.Condition> conditions(String stored) {
    List<ListPreference.Condition> out = new ArrayList<>();
    if (stored == null || stored.isEmpty()) {
      return out;
    }
    for (String line : stored.split("\n")) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3) {
        out.add(
            new ListPreference.Condition(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]));
      }
    }
    return out;
  }

  private static List<String> columns(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
  }
}
