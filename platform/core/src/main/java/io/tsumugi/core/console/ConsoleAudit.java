package io.tsumugi.core.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Appends to and reads {@code sys_console_audit}, the log of what administrators did. */
public final class ConsoleAudit {

  private static final int MAX_DETAIL = 2000;

  private final DataSource dataSource;

  /** An audit log on the platform's data source. */
  public ConsoleAudit(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records that {@code loginId} did {@code action} to {@code detail} (may be {@code null}). */
  public void record(String loginId, String action, String detail) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sys_console_audit (at, login_id, action, detail) VALUES (?, ?, ?, ?)")) {
      s.setTimestamp(1, Timestamp.from(Instant.now()));
      s.setString(2, loginId);
      s.setString(3, action);
      s.setString(
          4,
          detail == null || detail.length() <= MAX_DETAIL
              ? detail
              : detail.substring(0, MAX_DETAIL));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new ConsoleStoreException("Cannot write the audit log", e);
    }
  }

  /** The newest {@code limit} entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT at, login_id, action, detail FROM sys_console_audit"
                    + " ORDER BY at DESC, id DESC")) {
      s.setMaxRows(limit);
      try (ResultSet rs = s.executeQuery()) {
        List<AuditEntry> out = new ArrayList<>();
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  rs.getTimestamp(1).toInstant(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4)));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new ConsoleStoreException("Cannot read the audit log", e);
    }
  }
}
