package io.tsumugi.core.identity;

import java.util.Set;

/**
 * A user as stored.
 *
 * @param id its id
 * @param details what an administrator set
 * @param active whether the user may log in
 */
public record User(long id, UserDetails details, boolean active) {

  public String loginId() {
    return details.loginId();
  }

  public Set<String> roles() {
    return details.roles();
  }
}
