package io.tsumugi.core.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads and writes {@code sys_console_draft}: at most one draft per administrator, kept across
 * sessions and restarts until applied or discarded. A draft is only a proposal; nothing in it
 * reaches the schema except through {@code MetadataApplier}.
 */
public final class ConsoleDrafts {

  private final DataSource dataSource;

  /** Drafts on the platform's data source. */
  public ConsoleDrafts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The draft of {@code loginId}, if there is one. */
  public Optional<Draft> find(String loginId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT base_version, package_json, updated_at FROM sys_console_draft"
                    + " WHERE login_id = ?")) {
      s.setString(1, loginId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Draft(loginId, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
      }
    } catch (SQLException e) {
      throw new ConsoleStoreException("Cannot read the draft of " + loginId, e);
    }
  }

  /** Saves (inserts or replaces) the draft of {@code loginId}. */
  public Draft save(String loginId, int baseVersion, String packageJson) {
    Instant now = Instant.now();
    try (Connection c = dataSource.getConnection()) {
      int updated;
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE sys_console_draft SET base_version = ?, package_json = ?, updated_at = ?"
                  + " WHERE login_id = ?")) {
        s.setInt(1, baseVersion);
        s.setString(2, packageJson);
        s.setTimestamp(3, Timestamp.from(now));
        s.setString(4, loginId);
        updated = s.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO sys_console_draft (login_id, base_version, package_json, updated_at)"
                    + " VALUES (?, ?, ?, ?)")) {
          s.setString(1, loginId);
          s.setInt(2, baseVersion);
          s.setString(3, packageJson);
          s.setTimestamp(4, Timestamp.from(now));
          s.executeUpdate();
        }
      }
      return new Draft(loginId, baseVersion, packageJson, now);
    } catch (SQLException e) {
      throw new ConsoleStoreException("Cannot save the draft of " + loginId, e);
    }
  }

  /** Removes the draft of {@code loginId} (after an apply, or when discarded). */
  public void discard(String loginId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM sys_console_draft WHERE login_id = ?")) {
      s.setString(1, loginId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new ConsoleStoreException("Cannot discard the draft of " + loginId, e);
    }
  }
}
