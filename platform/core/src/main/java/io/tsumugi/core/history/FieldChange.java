package io.tsumugi.core.history;

import java.time.Instant;

/**
 * One change of one tracked field, as the record service wrote it.
 *
 * @param field the field's API name
 * @param oldValue the stored value before, as text (multi-picklists joined), or {@code null}
 * @param newValue the stored value after, as text, or {@code null}
 * @param changedBy the id of the user who changed it, or {@code null} for the system
 * @param changedByName that user's display name, or {@code null}
 * @param changedAt when
 */
public record FieldChange(
    String field,
    String oldValue,
    String newValue,
    Long changedBy,
    String changedByName,
    Instant changedAt) {}
