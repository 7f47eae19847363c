package io.tsumugi.core.security;

/** Role names used in security constraints ({@code web.xml}) and granted to accounts. */
public final class Roles {

  /** Every person who can log in has this role. */
  public static final String USER = "user";

  /** Administrators: reach the admin console and change metadata. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
