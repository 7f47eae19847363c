package io.tsumugi.core.audit;

import io.tsumugi.core.console.ConsoleStoreException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the security audit log: login attempts ({@code sys_login_audit}), what administrators and
 * users did that the console audit records ({@code sys_console_audit}: users, departments,
 * permissions, exports, refused metadata changes) and applied metadata versions ({@code
 * sys_metadata_version}), merged newest first with keyset paging. Writers stay where they are
 * ({@code LoginAudit}, {@code ConsoleAudit}); nothing is copied.
 */
public final class SecurityAuditLog {

  /**
   * The three sources as one relation; {@code src} orders entries of the same instant. The kind of
   * a console entry follows its action's prefix.
   */
  private static final String EVENTS =
      "SELECT at, 1 AS src, id, login_id, 'login' AS kind, outcome AS action,"
          + " source_ip AS detail FROM sys_login_audit"
          + " UNION ALL SELECT at, 2 AS src, id, login_id, CASE"
          + " WHEN action LIKE 'user.%' THEN 'user'"
          + " WHEN action LIKE 'department.%' THEN 'department'"
          + " WHEN action LIKE 'export.%' THEN 'export'"
          + " WHEN action LIKE 'permission%' OR action LIKE 'role%' OR action LIKE 'sharing%'"
          + " THEN 'permission' ELSE 'metadata' END AS kind, action, detail FROM sys_console_audit"
          // Applied versions come from sys_metadata_version below, whoever applied them.
          + " WHERE action <> 'metadata.applied'"
          + " UNION ALL SELECT applied_at AS at, 3 AS src, version_no AS id, applied_by AS login_id,"
          + " 'metadata' AS kind, 'metadata.applied' AS action, summary AS detail"
          + " FROM sys_metadata_version";

  private final DataSource dataSource;

  public SecurityAuditLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One page of entries matching {@code query}, newest first. */
  public AuditPage page(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT at, src, id, login_id, kind, action, detail");
    sql.append(" FROM (").append(EVENTS).append(") e WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (query.kind() != null) {
      sql.append(" AND kind = ?");
      args.add(query.kind().key());
    }
    if (query.loginId() != null) {
      sql.append(" AND login_id = ?");
      args.add(query.loginId());
    }
    if (query.from() != null) {
      sql.append(" AND at >= ?");
      args.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND at < ?");
      args.add(Timestamp.from(query.to()));
    }
    if (query.cursor() != null) {
      Key after = Key.decode(query.cursor());
      sql.append(" AND (at < ? OR (at = ? AND (src < ? OR (src = ? AND id < ?))))");
      Timestamp at = Timestamp.from(after.at());
      args.addAll(List.of(at, at, after.src(), after.src(), after.id()));
    }
    sql.append(" ORDER BY at DESC, src DESC, id DESC");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      s.setMaxRows(query.pageSize() + 1);
      List<AuditEvent> events = new ArrayList<>();
      List<Key> keys = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Instant at = rs.getTimestamp(1).toInstant();
          keys.add(new Key(at, rs.getInt(2), rs.getLong(3)));
          events.add(
              new AuditEvent(
                  at,
                  rs.getString(4),
                  AuditKind.of(rs.getString(5)).orElseThrow(),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
      if (events.size() <= query.pageSize()) {
        return new AuditPage(events, null);
      }
      // The extra row only says that there is a next page.
      int size = query.pageSize();
      return new AuditPage(events.subList(0, size), keys.get(size - 1).encode());
    } catch (SQLException e) {
      throw new ConsoleStoreException("Cannot read the security audit log", e);
    }
  }

  /** A position in the merged log: the ordering columns of the last entry of a page. */
  private record Key(Instant at, int src, long id) {

    String encode() {
      String raw = at.getEpochSecond() + "." + at.getNano() + ":" + src + ":" + id;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Key decode(String cursor) {
      try {
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = raw.split(":");
        String[] time = parts[0].split("\\.");
        return new Key(
            Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])),
            Integer.parseInt(parts[1]),
            Long.parseLong(parts[2]));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Not a cursor of the audit log: " + cursor, e);
      }
    }
  }
}
