package io.tsumugi.core.audit;

import java.util.List;

/**
 * A page of the audit log.
 *
 * @param events the entries, newest first
 * @param nextCursor where the next page starts, or {@code null} on the last page
 */
public record AuditPage(List<AuditEvent> events, String nextCursor) {

  public AuditPage {
    events = List.copyOf(events);
  }
}
