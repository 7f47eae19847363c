package io.tsumugi.core.apitoken;

import java.util.Set;

/**
 * Who is calling, once a token (or a login id and password) has been checked.
 *
 * @param tokenId the token's id, or {@code null} when authenticated by password
 * @param userId the user's id
 * @param loginId the user's login id
 * @param roles the user's roles
 * @param scope what the credentials allow
 */
public record TokenCaller(
    Long tokenId, Long userId, String loginId, Set<String> roles, ApiScope scope) {

  /** Copies the roles. */
  public TokenCaller {
    roles = Set.copyOf(roles);
  }

  /** True when the user has {@code role}. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
