package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

/**
 * The metadata versions in {@code sys_metadata_version}: exactly one active, every past one kept
 * with who applied it, when, the version it was planned on and the plan. Plain JDBC so that the new
 * version is written on the apply's own connection and transaction.
 */
public final class MetadataStore {

  /**
   * Checks made stricter after versions could be stored under the looser rules (a list view sorting
   * on a field that cannot be sorted was a warning). A stored version failing only these still
   * loads, so an upgrade never stops the server; the next apply must fix them.
   */
  private static final Set<String> TIGHTENED_LATER =
      Set.of(
          "listView.notSortable",
          "listView.notFilterable",
          "sharingRule.notFilterable",
          "pipelineField.notFilterable");

  /** A stored package document (a version's), read and validated. */
  public static MetadataPackage stored(String json) {
    LoadResult r = new MetadataLoader().loadJson(json);
    if (!r.isValid()
        && r.pkg() != null
        && r.report().errors().stream().allMatch(p -> TIGHTENED_LATER.contains(p.code()))) {
      return r.pkg();
    }
    return r.orThrow();
  }

  /** The active version; version 1 (empty metadata) has no package document. */
  public ActiveMetadata.Version active(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version_no, package_json FROM sys_metadata_version WHERE active = TRUE")) {
      if (!rs.next()) {
        return new ActiveMetadata.Version(
            0, MetadataPackage.empty(MetadataPackage.STANDARD_NAMESPACE));
      }
      int no = rs.getInt(1);
      String json = rs.getString(2);
      MetadataPackage pkg =
          json == null ? MetadataPackage.empty(MetadataPackage.STANDARD_NAMESPACE) : stored(json);
      return new ActiveMetadata.Version(no, pkg);
    }
  }

  /** The highest version number recorded. */
  public int maxVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version_no) FROM sys_metadata_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Makes {@code versionNo} the active version (in the caller's transaction). */
  public void record(
      Connection c,
      int versionNo,
      int baseVersion,
      MetadataPackage pkg,
      String summary,
      String planText,
      String appliedBy)
      throws SQLException {
    record(c, versionNo, baseVersion, pkg, summary, null, planText, appliedBy);
  }

  /**
   * Makes {@code versionNo} the active version (in the caller's transaction), with its summary in
   * English and Japanese.
   */
  public void record(
      Connection c,
      int versionNo,
      int baseVersion,
      MetadataPackage pkg,
      String summary,
      String summaryJa,
      String planText,
      String appliedBy)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE sys_metadata_version SET active = FALSE WHERE active = TRUE");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sys_metadata_version (version_no, active, summary, package_json,"
                + " applied_by, applied_at, base_version, plan_text, summary_ja)"
                + " VALUES (?, TRUE, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setInt(1, versionNo);
      ps.setString(2, cut(summary));
      ps.setString(3, PackageWriter.toJsonString(pkg));
      ps.setString(4, appliedBy.length() > 80 ? appliedBy.substring(0, 80) : appliedBy);
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      ps.setInt(6, baseVersion);
      ps.setString(7, planText);
      ps.setString(8, summaryJa == null ? null : cut(summaryJa));
      ps.executeUpdate();
    }
  }

  private static String cut(String summary) {
    return summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
  }

  /** Notes a column or table kept after a delete, until an explicit purge. */
  public void recordArchive(
      Connection c, int versionNo, String entity, String field, String table, String column)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sys_archive (id, version_no, entity_name, field_name, table_name,"
                + " column_name, archived_at) VALUES (("
                + SqlDialect.of(c).nextValueExpression(SqlNames.RECORD_SEQUENCE)
                + "), ?, ?, ?, ?, ?, ?)")) {
      ps.setInt(1, versionNo);
      ps.setString(2, entity);
      ps.setString(3, field);
      ps.setString(4, table);
      ps.setString(5, column);
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  /**
   * Follows a table rename with the archived columns inside it (an entity renamed, or archived as a
   * whole), so a purge finds them where they are.
   */
  public void moveArchives(Connection c, String fromTable, String toTable) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE sys_archive SET table_name = ? WHERE table_name = ? AND column_name IS NOT NULL"
                + " AND purged_at IS NULL")) {
      ps.setString(1, toTable);
      ps.setString(2, fromTable);
      ps.executeUpdate();
    }
  }
}
