package io.tsumugi.core.audit;

import java.time.Instant;

/**
 * Which audit entries to read, newest first.
 *
 * @param kind only this kind, or {@code null} for all
 * @param loginId only this user's entries, or {@code null}
 * @param from only entries at or after this instant, or {@code null}
 * @param to only entries before this instant, or {@code null}
 * @param pageSize entries per page, 1 to {@value #MAX_PAGE_SIZE}
 * @param cursor the previous page's {@link AuditPage#nextCursor()}, or {@code null} for the first
 */
public record AuditQuery(
    AuditKind kind, String loginId, Instant from, Instant to, int pageSize, String cursor) {

  /** The largest page. */
  public static final int MAX_PAGE_SIZE = 200;

  /** Keeps the page size within 1 to {@value #MAX_PAGE_SIZE}; a blank login id means anyone. */
  public AuditQuery {
    pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    loginId = loginId == null || loginId.isBlank() ? null : loginId.strip();
    cursor = cursor == null || cursor.isBlank() ? null : cursor;
  }
}
