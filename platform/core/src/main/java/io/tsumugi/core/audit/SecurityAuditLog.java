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
   * One of the three sources: its rows as the merged log's columns, {@code src} ordering entries of
   * the same instant. The kind of a console entry follows its action's prefix.
   */
  private record Source(int src, String select, String at, String id, String login, String kind) {}

  private static final String CONSOLE_KIND =
      "CASE WHEN action LIKE 'user.%' THEN 'user'"
          + " WHEN action LIKE 'department.%' THEN 'department'"
          + " WHEN action LIKE 'export.%' THEN 'export'"
          + " WHEN action LIKE 'permission%' OR action LIKE 'role%' OR action LIKE 'sharing%'"
          + " THEN 'permission' ELSE 'metadata' END";

  private static final List<Source> SOURCES =
      List.of(
          new Source(
              1,
              "SELECT at, 1 AS src, id, login_id, 'login' AS kind, outcome AS action,"
                  + " source_ip AS detail FROM sys_login_audit WHERE 1 = 1",
              "at",
              "id",
              "login_id",
              "'login'"),
          new Source(
              2,
              "SELECT at, 2 AS src, id, login_id, "
                  + CONSOLE_KIND
                  + " AS kind, action, detail FROM sys_console_audit"
                  // Applied versions come from sys_metadata_version below, whoever applied them.
                  + " WHERE action <> 'metadata.applied'",
              "at",
              "id",
              "login_id",
              CONSOLE_KIND),
          new Source(
              3,
              "SELECT applied_at AS at, 3 AS src, version_no AS id, applied_by AS login_id,"
                  + " 'metadata' AS kind, 'metadata.applied' AS action, summary AS detail"
                  + " FROM sys_metadata_version WHERE 1 = 1",
              "applied_at",
              "version_no",
              "applied_by",
              "'metadata'"));

  private final DataSource dataSource;

  public SecurityAuditLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * One page of entries matching {@code query}, newest first. Each source reads only its own first
   * page (filters and cursor inside, {@code ORDER BY … LIMIT}, so an index on its time column
   * serves it) and the merged pages are sorted again: a page costs about the same on a log of a
   * thousand entries or of millions (docs/benchmarks.md, "Security audit log").
   */
  public AuditPage page(AuditQuery query) {
    Key after = query.cursor() == null ? null : Key.decode(query.cursor());
    int limit = query.pageSize() + 1;
    List<String> parts = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    for (Source source : SOURCES) {
      StringBuilder part = new StringBuilder("(").append(source.select());
      if (!where(source, query, after, part, args)) {
        continue;
      }
      part.append(" ORDER BY ")
          .append(source.at())
          .append(" DESC, ")
          .append(source.id())
          .append(" DESC LIMIT ")
          .append(limit)
          .append(')');
      parts.add(part.toString());
    }
    if (parts.isEmpty()) {
      return new AuditPage(List.of(), null);
    }
    String sql =
        "SELECT at, src, id, login_id, kind, action, detail FROM ("
            + String.join(" UNION ALL ", parts)
            + ") e ORDER BY at DESC, src DESC, id DESC LIMIT "
            + limit;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
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

  /**
   * Appends the query's conditions on {@code source} to {@code part}; false when the source can
   * hold no matching entry (another kind was asked for). The cursor condition is the merged order
   * "(at, src, id) before the cursor's" with this source's constant {@code src} put in.
   */
  private static boolean where(
      Source source, AuditQuery query, Key after, StringBuilder part, List<Object> args) {
    if (query.kind() != null) {
      if (source.kind().startsWith("'")) {
        if (!source.kind().equals("'" + query.kind().key() + "'")) {
          return false;
        }
      } else {
        part.append(" AND ").append(source.kind()).append(" = ?");
        args.add(query.kind().key());
      }
    }
    if (query.loginId() != null) {
      part.append(" AND ").append(source.login()).append(" = ?");
      args.add(query.loginId());
    }
    if (query.from() != null) {
      part.append(" AND ").append(source.at()).append(" >= ?");
      args.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      part.append(" AND ").append(source.at()).append(" < ?");
      args.add(Timestamp.from(query.to()));
    }
    if (after != null) {
      Timestamp at = Timestamp.from(after.at());
      if (source.src() < after.src()) {
        part.append(" AND ").append(source.at()).append(" <= ?");
        args.add(at);
      } else if (source.src() > after.src()) {
        part.append(" AND ").append(source.at()).append(" < ?");
        args.add(at);
      } else {
        // "at <= ?" first, so that the time index bounds the scan; the OR only filters.
        part.append(" AND ").append(source.at()).append(" <= ? AND (");
        part.append(source.at()).append(" < ? OR ").append(source.id()).append(" < ?)");
        args.addAll(List.of(at, at, after.id()));
      }
    }
    return true;
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
