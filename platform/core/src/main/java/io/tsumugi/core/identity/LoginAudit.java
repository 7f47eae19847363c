package io.tsumugi.core.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Appends to and reads {@code sys_login_audit}: every login attempt and its outcome. */
public final class LoginAudit {

  /** The outcomes written. */
  public enum Outcome {
    SUCCESS,
    FAILURE,
    LOCKED,
    LOGOUT
  }

  /**
   * One login attempt.
   *
   * @param at when
   * @param loginId the login id given
   * @param sourceIp the client's address
   * @param outcome what happened
   */
  public record Entry(Instant at, String loginId, String sourceIp, String outcome) {}

  private final DataSource dataSource;

  public LoginAudit(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void record(String loginId, String sourceIp, Outcome outcome) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sys_login_audit (at, login_id, source_ip, outcome)"
                    + " VALUES (?, ?, ?, ?)")) {
      s.setTimestamp(1, Timestamp.from(Instant.now()));
      s.setString(2, cut(loginId == null ? "" : loginId, 80));
      s.setString(3, sourceIp == null ? null : cut(sourceIp, 64));
      s.setString(4, outcome.name());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot write the login audit", e);
    }
  }

  /** The newest {@code limit} entries, newest first. */
  public List<Entry> latest(int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT at, login_id, source_ip, outcome FROM sys_login_audit"
                    + " ORDER BY at DESC, id DESC")) {
      s.setMaxRows(limit);
      try (ResultSet rs = s.executeQuery()) {
        List<Entry> out = new ArrayList<>();
        while (rs.next()) {
          out.add(
              new Entry(
                  rs.getTimestamp(1).toInstant(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4)));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot read the login audit", e);
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
