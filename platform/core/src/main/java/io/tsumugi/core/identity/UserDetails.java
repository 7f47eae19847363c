package io.tsumugi.core.identity;

import java.util.Set;

/**
 * What an administrator sets on a user.
 *
 * @param loginId the login id, unique
 * @param displayName the name shown on screens
 * @param email the e-mail address, or {@code null}
 * @param locale {@code ja}, {@code en}, or {@code null} for the browser's language
 * @param departmentId the department, or {@code null}
 * @param roles the granted roles (names in {@code sys_role})
 */
public record UserDetails(
    String loginId,
    String displayName,
    String email,
    String locale,
    Long departmentId,
    Set<String> roles) {

  /** Copies the roles. */
  public UserDetails {
    roles = Set.copyOf(roles);
  }
}
