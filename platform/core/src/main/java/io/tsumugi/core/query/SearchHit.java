package io.tsumugi.core.query;

/**
 * One record found by global search.
 *
 * @param entity the entity's API name
 * @param id the record's id
 * @param name the value of the entity's name field
 */
public record SearchHit(String entity, long id, String name) {}
