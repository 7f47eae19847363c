package io.tsumugi.core.console;

import java.time.Instant;

/**
 * One line of the console's audit log.
 *
 * @param at when
 * @param loginId who
 * @param action what, as a stable code ({@code entity.saved}, {@code metadata.applied}, ...)
 * @param detail the object of the action (entity, field, version), or {@code null}
 */
public record AuditEntry(Instant at, String loginId, String action, String detail) {}
