package io.tsumugi.core.records;

import java.util.Set;

/**
 * Who calls the record service. Permissions come later; the hook is here so every call already
 * carries the caller.
 *
 * @param userId the user's id (owner and stamps), or {@code null} for the platform itself
 * @param loginId the user's login id
 * @param roles the user's roles
 * @param departmentId the user's department (for department visibility later), or {@code null}
 */
public record CallerContext(Long userId, String loginId, Set<String> roles, Long departmentId) {

  /** Copies the roles. */
  public CallerContext {
    roles = Set.copyOf(roles);
  }

  /** A caller without a department. */
  public CallerContext(Long userId, String loginId, Set<String> roles) {
    this(userId, loginId, roles, null);
  }

  /** The platform itself (first start, demo data). */
  public static CallerContext system() {
    return new CallerContext(null, "system", Set.of("admin"));
  }
}
