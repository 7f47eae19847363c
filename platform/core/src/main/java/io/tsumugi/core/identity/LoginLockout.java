package io.tsumugi.core.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Locks a login id for a while after too many consecutive failed logins. Counted per login id,
 * known or not, so that a lock does not tell which login ids exist.
 */
public final class LoginLockout {

  private final DataSource dataSource;
  private final int maxFailures;
  private final Duration lockFor;
  private final Clock clock;

  public LoginLockout(DataSource dataSource, int maxFailures, Duration lockFor, Clock clock) {
    this.dataSource = dataSource;
    this.maxFailures = maxFailures;
    this.lockFor = lockFor;
    this.clock = clock;
  }

  /** Whether {@code loginId} is locked now. */
  public boolean isLocked(String loginId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT locked_until FROM sys_login_attempt WHERE login_id = ?")) {
      s.setString(1, key(loginId));
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getTimestamp(1) == null) {
          return false;
        }
        return rs.getTimestamp(1).toInstant().isAfter(clock.instant());
      }
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot read login attempts", e);
    }
  }

  /** Counts a failure; the {@code maxFailures}-th in a row locks the id. Returns whether locked. */
  public synchronized boolean recordFailure(String loginId) {
    try (Connection c = dataSource.getConnection()) {
      int failures = 0;
      boolean exists;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT failures, locked_until FROM sys_login_attempt WHERE login_id = ?")) {
        s.setString(1, key(loginId));
        try (ResultSet rs = s.executeQuery()) {
          exists = rs.next();
          if (exists) {
            Timestamp until = rs.getTimestamp(2);
            boolean lockExpired = until != null && !until.toInstant().isAfter(clock.instant());
            failures = lockExpired ? 0 : rs.getInt(1);
          }
        }
      }
      failures++;
      Instant lockedUntil = failures >= maxFailures ? clock.instant().plus(lockFor) : null;
      try (PreparedStatement s =
          c.prepareStatement(
              exists
                  ? "UPDATE sys_login_attempt SET failures = ?, locked_until = ? WHERE login_id = ?"
                  : "INSERT INTO sys_login_attempt (failures, locked_until, login_id)"
                      + " VALUES (?, ?, ?)")) {
        s.setInt(1, failures);
        s.setTimestamp(2, lockedUntil == null ? null : Timestamp.from(lockedUntil));
        s.setString(3, key(loginId));
        s.executeUpdate();
      }
      return lockedUntil != null;
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot write login attempts", e);
    }
  }

  /** An administrator lifts the lock (and the count) at once, as a successful login would. */
  public void unlock(String loginId) {
    recordSuccess(loginId);
  }

  /** A successful login clears the count. */
  public void recordSuccess(String loginId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM sys_login_attempt WHERE login_id = ?")) {
      s.setString(1, key(loginId));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IdentityStoreException("Cannot write login attempts", e);
    }
  }

  private static String key(String loginId) {
    String id = loginId == null ? "" : loginId;
    return id.length() > 80 ? id.substring(0, 80) : id;
  }
}
