package io.tsumugi.core.records;

import io.tsumugi.core.access.AccessPolicy;
import io.tsumugi.core.access.CallerAccess;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.SqlDialect;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.OnDelete;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Deletes records. A record that others point at through a "restrict" lookup is refused with a
 * clean error naming who points at it (instead of a foreign key exception); "set null" and
 * "cascade" (master-detail) lookups are handled by the foreign keys themselves. A stale version is
 * an edit conflict, as for updates.
 */
public final class RecordDeletion {

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final RecordHooks hooks;
  private final AccessPolicy policy = new AccessPolicy();

  /** Deletions without plugin hooks. */
  public RecordDeletion(DataSource dataSource, ActiveMetadata active) {
    this(dataSource, active, RecordHooks.NONE);
  }

  /** Deletions that call {@code hooks} (the plugins' listeners) before and after each delete. */
  public RecordDeletion(DataSource dataSource, ActiveMetadata active, RecordHooks hooks) {
    this.dataSource = dataSource;
    this.active = active;
    this.hooks = hooks;
  }

  public void delete(CallerContext caller, String entity, long id, long expectedVersion) {
    active.readLock().lock();
    try (Connection c = dataSource.getConnection();
        LocalTransaction tx = LocalTransaction.begin(c)) {
      MetadataPackage pkg = active.current().pkg();
      EntityDef target = active.entity(entity);
      CallerAccess access = policy.of(c, caller, pkg);
      RecordAccess.requireWritable(
          c, pkg, access, target, id, "delete", access.permission(target.name()).delete());
      List<FieldError> errors = restrictingReferences(c, pkg, target, id);
      if (!errors.isEmpty()) {
        throw new RecordValidationException(errors);
      }
      Record before = null;
      if (!hooks.isEmpty()) {
        before = new RecordSql(c, SqlDialect.of(c), target).find(id).orElse(null);
        if (before != null) {
          hooks.beforeDelete(caller, target, before);
        }
      }
      try (PreparedStatement delete =
          c.prepareStatement(
              "DELETE FROM " + SqlNames.table(target.name()) + " WHERE id = ? AND version = ?")) {
        delete.setLong(1, id);
        delete.setLong(2, expectedVersion);
        if (delete.executeUpdate() != 1) {
          throw new ConcurrentEditException(entity, id);
        }
      }
      if (before != null) {
        hooks.afterDelete(caller, target, before);
      }
      tx.commit();
    } catch (SQLException ex) {
      throw RecordSql.translate(active.current().pkg(), entity, ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /** One error per kind of record that still points here through a restricting lookup. */
  private static List<FieldError> restrictingReferences(
      Connection c, MetadataPackage pkg, EntityDef target, long id) throws SQLException {
    List<FieldError> errors = new ArrayList<>();
    for (EntityDef child : pkg.entities()) {
      for (FieldDef lookup : child.fields()) {
        if (!lookup.isLookup()
            || !target.name().equals(lookup.options().target())
            || lookup.options().effectiveOnDelete() != OnDelete.RESTRICT) {
          continue;
        }
        long count = countReferences(c, child, lookup, id);
        if (count > 0) {
          errors.add(
              new FieldError(
                  null,
                  "record.referenced",
                  "この"
                      + target.label().ja()
                      + "は"
                      + child.label().ja()
                      + "（"
                      + count
                      + " 件）の「"
                      + lookup.label().ja()
                      + "」から参照されているため削除できません。",
                  "This "
                      + target.label().en()
                      + " cannot be deleted: "
                      + count
                      + " "
                      + child.pluralLabel().en()
                      + " refer to it in \""
                      + lookup.label().en()
                      + "\"."));
        }
      }
    }
    return errors;
  }

  private static long countReferences(Connection c, EntityDef child, FieldDef lookup, long id)
      throws SQLException {
    String sql =
        "SELECT COUNT(*) FROM "
            + SqlNames.table(child.name())
            + " WHERE "
            + SqlNames.column(lookup.name())
            + " = ?";
    try (PreparedStatement count = c.prepareStatement(sql)) {
      count.setLong(1, id);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
