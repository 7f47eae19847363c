package io.tsumugi.core.query;

/**
 * A record with a phone field holding the number looked up.
 *
 * @param entity the entity's API name
 * @param id the record's id
 * @param name the record's display name (its name field)
 * @param field the phone field that matched
 */
public record PhoneMatch(String entity, long id, String name, String field) {}
