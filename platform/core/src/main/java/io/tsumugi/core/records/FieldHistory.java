package io.tsumugi.core.records;

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
 * Reads the field history the record service writes ({@code sys_field_history}, one row per changed
 * field of a {@code trackHistory} field), newest first, with the login of who changed it. Pages by
 * keyset: the next page starts below the last row's id (ids only grow).
 */
public final class FieldHistory {

  /** The most rows one page may hold. */
  public static final int MAX_PAGE_SIZE = 200;

  /**
   * One change of one field.
   *
   * @param id the row's id (the cursor of the next page)
   * @param field the field's API name
   * @param oldValue the value before, as text ({@code null}: empty)
   * @param newValue the value after, as text ({@code null}: empty)
   * @param changedBy the user's id, or {@code null} for the platform
   * @param changedByLogin the user's login id, or {@code null}
   * @param changedByName the user's display name, or {@code null}
   * @param changedAt when
   */
  public record Change(
      long id,
      String field,
      String oldValue,
      String newValue,
      Long changedBy,
      String changedByLogin,
      String changedByName,
      Instant changedAt) {}

  private final DataSource dataSource;

  /** A reader on this data source. */
  public FieldHistory(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Up to {@code limit} changes of the record, newest first, with an id below {@code beforeId} when
   * given.
   */
  public List<Change> page(String entity, long recordId, Long beforeId, int limit) {
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE_SIZE);
    }
    String sql =
        "SELECT h.id, h.field_name, h.old_value, h.new_value, h.changed_by, h.changed_at,"
            + " u.login_id, u.display_name FROM sys_field_history h LEFT JOIN sys_user u ON u.id = h.changed_by"
            + " WHERE h.entity_name = ? AND h.record_id = ?"
            + (beforeId == null ? "" : " AND h.id < ?")
            + " ORDER BY h.id DESC LIMIT "
            + limit;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, entity);
      ps.setLong(2, recordId);
      if (beforeId != null) {
        ps.setLong(3, beforeId);
      }
      List<Change> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long by = rs.getLong("changed_by");
          Long changedBy = rs.wasNull() ? null : by;
          Timestamp at = rs.getTimestamp("changed_at");
          out.add(
              new Change(
                  rs.getLong("id"),
                  rs.getString("field_name"),
                  rs.getString("old_value"),
                  rs.getString("new_value"),
                  changedBy,
                  rs.getString("login_id"),
                  rs.getString("display_name"),
                  at.toInstant()));
        }
      }
      return out;
    } catch (SQLException ex) {
      throw new IllegalStateException("Reading the history of " + entity + " failed", ex);
    }
  }
}
