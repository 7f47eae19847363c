package io.tsumugi.core.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the changes of one record's tracked fields, newest first. */
public final class FieldHistory {

  /** At most this many changes are read per call. */
  public static final int MAX_ROWS = 200;

  private final DataSource dataSource;

  /** Reads from this data source. */
  public FieldHistory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The latest {@code limit} (1 to {@value #MAX_ROWS}) changes of a record, newest first. */
  public List<FieldChange> of(String entity, long recordId, int limit) {
    int rows = Math.max(1, Math.min(limit, MAX_ROWS));
    String sql =
        "SELECT h.field_name, h.old_value, h.new_value, h.changed_by, h.changed_at, u.display_name"
            + " FROM sys_field_history h LEFT JOIN sys_user u ON u.id = h.changed_by"
            + " WHERE h.entity_name = ? AND h.record_id = ? ORDER BY h.changed_at DESC, h.id DESC"
            + " LIMIT "
            + rows;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, entity);
      ps.setLong(2, recordId);
      List<FieldChange> changes = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long by = rs.getLong(4);
          Long changedBy = rs.wasNull() ? null : by;
          Timestamp at = rs.getTimestamp(5);
          changes.add(
              new FieldChange(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  changedBy,
                  rs.getString(6),
                  at.toInstant()));
        }
      }
      return changes;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the field history failed: " + e.getMessage(), e);
    }
  }
}
