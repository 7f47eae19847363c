package io.tsumugi.rest.auth;

import io.tsumugi.core.apitoken.TokenCaller;
import io.tsumugi.core.records.CallerContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated caller, as resources see it through {@link SecurityContext}. */
public record CallerPrincipal(TokenCaller caller) implements Principal {

  @Override
  public String getName() {
    return caller.loginId();
  }

  /** The caller of a request that passed {@link AuthenticationFilter}. */
  public static TokenCaller of(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
      return p.caller();
    }
    throw new IllegalStateException(
        "No authenticated caller: the resource is not behind the filter");
  }

  /**
   * The caller as the core services take it, for every route. The department is not carried: the
   * access policy reads it from {@code sys_user} on each call, so a token issued before a move
   * between departments cannot keep the old department's access.
   */
  public static CallerContext callerContext(SecurityContext context) {
    TokenCaller c = of(context);
    return new CallerContext(c.userId(), c.loginId(), c.roles());
  }

  /** The security context the filter installs. */
  static SecurityContext context(TokenCaller caller, String scheme, boolean secure) {
    CallerPrincipal principal = new CallerPrincipal(caller);
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return caller.hasRole(role);
      }

      @Override
      public boolean isSecure() {
        return secure;
      }

      @Override
      public String getAuthenticationScheme() {
        return scheme;
      }
    };
  }
}
