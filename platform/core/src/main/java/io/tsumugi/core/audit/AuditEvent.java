package io.tsumugi.core.audit;

import java.time.Instant;

/**
 * One entry of the security audit log.
 *
 * @param at when it happened
 * @param loginId who did it (for a login attempt: the login id given)
 * @param kind what it is about
 * @param action what was done, e.g. {@code FAILURE}, {@code user.deactivated}, {@code export.csv}
 * @param detail what it was done to, or {@code null}
 */
public record AuditEvent(
    Instant at, String loginId, AuditKind kind, String action, String detail) {}
