package io.tsumugi.core.schema.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Undo information for databases whose DDL commits by itself (H2). Written and committed before the
 * first DDL statement; removed in the transaction that records the new version. A row still there
 * means an apply stopped half-way (an error, or the process died): {@link #undoAll} runs its undo
 * statements in reverse order, ignoring those that fail because their statement never ran, and
 * forgets the changesets Liquibase recorded for it.
 */
final class ApplyJournal {

  private static final Logger LOG = Logger.getLogger(ApplyJournal.class.getName());
  private static final String SEPARATOR = "\n--;;\n";

  void write(Connection c, int versionNo, List<String> undo) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sys_apply_journal (version_no, undo_sql, started_at) VALUES (?, ?, ?)")) {
      ps.setInt(1, versionNo);
      ps.setString(2, String.join(SEPARATOR, undo));
      ps.setTimestamp(3, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  void clear(Connection c, int versionNo) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM sys_apply_journal WHERE version_no = ?")) {
      ps.setInt(1, versionNo);
      ps.executeUpdate();
    }
  }

  /** Undoes every unfinished apply; returns how many there were. Commits. */
  int undoAll(Connection c) throws SQLException {
    List<int[]> versions = new ArrayList<>();
    List<String> undos = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version_no, undo_sql FROM sys_apply_journal")) {
      while (rs.next()) {
        versions.add(new int[] {rs.getInt(1)});
        undos.add(rs.getString(2));
      }
    }
    for (int i = 0; i < versions.size(); i++) {
      int versionNo = versions.get(i)[0];
      LOG.warning(() -> "Undoing metadata version " + versionNo + ", which was not completed.");
      List<String> statements = new ArrayList<>(Arrays.asList(undos.get(i).split(SEPARATOR)));
      java.util.Collections.reverse(statements);
      for (String sql : statements) {
        if (sql.isBlank()) {
          continue;
        }
        try (Statement s = c.createStatement()) {
          s.execute(sql);
        } catch (SQLException e) {
          LOG.log(Level.FINE, "Undo statement not needed: " + sql, e);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM databasechangelog WHERE filename = ?")) {
        ps.setString(1, LiquibaseChangeRunner.changelogPath(versionNo));
        ps.executeUpdate();
      } catch (SQLException e) {
        LOG.log(Level.FINE, "No Liquibase history to clean", e);
      }
      clear(c, versionNo);
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
    return versions.size();
  }
}
