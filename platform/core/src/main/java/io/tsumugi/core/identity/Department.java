package io.tsumugi.core.identity;

/**
 * A department (部門).
 *
 * @param id its id
 * @param name its name
 * @param parentId the department it belongs to, or {@code null} for a root department
 */
public record Department(long id, String name, Long parentId) {}
