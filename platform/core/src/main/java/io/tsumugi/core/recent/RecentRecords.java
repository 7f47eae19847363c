package io.tsumugi.core.recent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Remembers which records each user opened or saved: one row per user and record with the latest
 * time, trimmed to the newest {@value #KEPT} per user.
 */
public final class RecentRecords {

  /** Rows kept per user. */
  public static final int KEPT = 50;

  private final DataSource dataSource;

  /** Stores in this data source. */
  public RecentRecords(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Notes that the user opened or saved the record now. */
  public void touch(long userId, String entity, long recordId) {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE sys_recent_record SET touched_at = ?"
                  + " WHERE user_id = ? AND entity_name = ? AND record_id = ?")) {
        ps.setTimestamp(1, now);
        ps.setLong(2, userId);
        ps.setString(3, entity);
        ps.setLong(4, recordId);
        if (ps.executeUpdate() == 0) {
          insert(c, userId, entity, recordId, now);
        }
      }
      trim(c, userId);
    } catch (SQLException e) {
      throw new IllegalStateException("Noting a recent record failed: " + e.getMessage(), e);
    }
  }

  /** The user's latest {@code limit} records, newest first (deleted ones included). */
  public List<RecentRecord> latest(long userId, int limit) {
    String sql =
        "SELECT entity_name, record_id, touched_at FROM sys_recent_record WHERE user_id = ?"
            + " ORDER BY touched_at DESC, record_id DESC LIMIT "
            + Math.max(1, Math.min(limit, KEPT));
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, userId);
      List<RecentRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RecentRecord(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading recent records failed: " + e.getMessage(), e);
    }
  }

  private static void insert(Connection c, long userId, String entity, long recordId, Timestamp t)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sys_recent_record (user_id, entity_name, record_id, touched_at)"
                + " VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, userId);
      ps.setString(2, entity);
      ps.setLong(3, recordId);
      ps.setTimestamp(4, t);
      ps.executeUpdate();
    }
  }

  private static void trim(Connection c, long userId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM sys_recent_record WHERE user_id = ? AND touched_at < ("
                + "SELECT MIN(touched_at) FROM (SELECT touched_at FROM sys_recent_record"
                + " WHERE user_id = ? ORDER BY touched_at DESC LIMIT "
                + KEPT
                + ") newest)")) {
      ps.setLong(1, userId);
      ps.setLong(2, userId);
      ps.executeUpdate();
    }
  }
}
