package io.tsumugi.core.recent;

import java.time.Instant;

/**
 * A record a user opened or saved.
 *
 * @param entity the entity's API name
 * @param recordId the record's id
 * @param touchedAt when the user last opened or saved it
 */
public record RecentRecord(String entity, long recordId, Instant touchedAt) {}
