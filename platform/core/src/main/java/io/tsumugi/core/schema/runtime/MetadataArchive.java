package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The archived columns and tables ({@code sys_archive}) and their explicit purge. A purge drops the
 * column or table for good and stamps the entry with who and when (purged entries stay as the audit
 * trail). It runs under the {@link MigrationLock}, so never beside an apply, and refuses anything
 * that is not an archive name or that the active metadata still uses.
 */
public final class MetadataArchive {

  private static final Logger LOG = Logger.getLogger(MetadataArchive.class.getName());
  private static final String COLUMNS =
      "id, version_no, entity_name, field_name, table_name, column_name, archived_at";

  private final DataSource dataSource;
  private final MetadataStore store = new MetadataStore();

  /** The archive of the database behind {@code dataSource}. */
  public MetadataArchive(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What is archived and not purged, oldest first. */
  public List<ArchivedItem> list() {
    try (Connection c = dataSource.getConnection()) {
      return read(c, "purged_at IS NULL ORDER BY id", null);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Drops one archived column or table (a table with the columns archived inside it).
   *
   * @throws ArchiveItemNotFoundException when {@code id} is unknown or already purged
   * @throws ApplyException ({@code archive.inUse}) when the active metadata uses the name
   */
  public ArchivedItem purge(long id, String purgedBy) {
    try (Connection c = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquire(c, Duration.ofSeconds(30))) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        List<ArchivedItem> found = read(c, "purged_at IS NULL AND id = ?", id);
        if (found.isEmpty()) {
          throw new ArchiveItemNotFoundException(id);
        }
        ArchivedItem item = found.get(0);
        refuseActive(store.active(c).pkg(), item);
        drop(c, item);
        markPurged(c, item, purgedBy);
        c.commit();
        LOG.info(() -> "Archived " + describe(item) + " purged by " + purgedBy);
        return item;
      } catch (RuntimeException | SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Purges every archived item; returns what was purged. */
  public List<ArchivedItem> purgeAll(String purgedBy) {
    List<ArchivedItem> purged = new ArrayList<>();
    for (ArchivedItem item : list()) {
      try {
        purged.add(purge(item.id(), purgedBy));
      } catch (ArchiveItemNotFoundException alreadyGoneWithItsTable) {
        // a column inside a table purged a moment ago
      }
    }
    return purged;
  }

  private static void refuseActive(MetadataPackage active, ArchivedItem item) {
    String name = item.isTable() ? item.table() : item.column();
    boolean archiveName =
        SqlNames.checkIdentifier(name).startsWith(item.isTable() ? "zz_crm_" : "zz_");
    boolean used = false;
    for (EntityDef e : active.entities()) {
      if (!SqlNames.table(e.name()).equals(SqlNames.checkIdentifier(item.table()))) {
        continue;
      }
      used = item.isTable();
      for (FieldDef f : e.fields()) {
        used |= f.isStored() && SqlNames.column(f.name()).equals(item.column());
      }
    }
    if (!archiveName || used) {
      throw new ApplyException(
          "archive.inUse",
          describeJa(item) + " は現在のメタデータで使われているため削除できません。",
          "The " + describe(item) + " is used by the active metadata and cannot be purged.");
    }
  }

  private static void drop(Connection c, ArchivedItem item) throws SQLException {
    String sql;
    if (item.isTable()) {
      sql = "DROP TABLE IF EXISTS " + SqlNames.checkIdentifier(item.table()) + " CASCADE";
    } else if (columnExists(c, item.table(), item.column())) {
      sql =
          "ALTER TABLE "
              + SqlNames.checkIdentifier(item.table())
              + " DROP COLUMN "
              + SqlNames.checkIdentifier(item.column());
    } else {
      return; // gone with a table purged or renamed outside the platform: only the entry is left
    }
    try (Statement s = c.createStatement()) {
      if (!item.isTable() && SqlDialect.of(c) == SqlDialect.H2) {
        // H2 refuses to drop a column that an index covers (PostgreSQL drops such indexes itself).
        for (String index : indexesOn(c, item.table(), item.column())) {
          s.execute("DROP INDEX IF EXISTS " + index);
        }
      }
      s.execute(sql);
    }
  }

  /** The plain (non-unique) indexes covering a column; unique ones go with their constraint. */
  private static List<String> indexesOn(Connection c, String table, String column)
      throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    boolean upper = md.storesUpperCaseIdentifiers();
    List<String> out = new ArrayList<>();
    try (ResultSet rs = md.getIndexInfo(null, c.getSchema(), cased(table, upper), false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name != null
            && rs.getBoolean("NON_UNIQUE")
            && column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
          out.add(SqlNames.checkIdentifier(name.toLowerCase(Locale.ROOT)));
        }
      }
    }
    return out;
  }

  private static boolean columnExists(Connection c, String table, String column)
      throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    boolean upper = md.storesUpperCaseIdentifiers();
    try (ResultSet rs =
        md.getColumns(null, c.getSchema(), cased(table, upper), cased(column, upper))) {
      return rs.next();
    }
  }

  private static String cased(String name, boolean upper) {
    return upper ? name.toUpperCase(Locale.ROOT) : name;
  }

  /** Stamps the entry, and for a table every column entry archived inside it. */
  private static void markPurged(Connection c, ArchivedItem item, String purgedBy)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE sys_archive SET purged_at = ?, purged_by = ? WHERE purged_at IS NULL"
                + (item.isTable() ? " AND (id = ? OR table_name = ?)" : " AND id = ?"))) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, purgedBy.length() > 80 ? purgedBy.substring(0, 80) : purgedBy);
      ps.setLong(3, item.id());
      if (item.isTable()) {
        ps.setString(4, item.table());
      }
      ps.executeUpdate();
    }
  }

  private static List<ArchivedItem> read(Connection c, String where, Long id) throws SQLException {
    List<ArchivedItem> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM sys_archive WHERE " + where)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ArchivedItem(
                  rs.getLong(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getTimestamp(7).toInstant()));
        }
      }
    }
    return out;
  }

  private static String describe(ArchivedItem item) {
    return item.isTable()
        ? "table " + item.table() + " (entity " + item.entity() + ")"
        : "column "
            + item.table()
            + "."
            + item.column()
            + " (field "
            + item.entity()
            + "."
            + item.field()
            + ")";
  }

  private static String describeJa(ArchivedItem item) {
    return item.isTable()
        ? "テーブル " + item.table() + "（エンティティ " + item.entity() + "）"
        : "列 "
            + item.table()
            + "."
            + item.column()
            + "（項目 "
            + item.entity()
            + "."
            + item.field()
            + "）";
  }

  private static ApplyException failed(SQLException e) {
    return new ApplyException(
        "database.error",
        "データベースエラーのためアーカイブを操作できませんでした: " + e.getMessage(),
        "The archive could not be read or purged because of a database error: " + e.getMessage(),
        e);
  }
}
