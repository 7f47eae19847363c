package io.tsumugi.rest.auth;

import io.tsumugi.core.apitoken.TokenCaller;
import io.tsumugi.core.security.Roles;
import io.tsumugi.rest.problem.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Enforces scopes and roles once the caller is known: a read-only token may use GET and HEAD and
 * the POSTs marked {@link ReadOperation}; {@link AdminOnly} resources need the admin role (403).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

  private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Context private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    if (Annotations.present(resourceInfo, Public.class)
        || !(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal)
            && Annotations.present(resourceInfo, CredentialsOptional.class)) {
      return;
    }
    TokenCaller caller = CallerPrincipal.of(request.getSecurityContext());
    boolean reads =
        READING_METHODS.contains(request.getMethod())
            || Annotations.present(resourceInfo, ReadOperation.class);
    if (!reads && !caller.scope().allowsWrites()) {
      throw new ApiException(
          403,
          "auth.readOnlyToken",
          "この API トークンは読み取り専用です（scope: read）。変更には read-write のトークンを使ってください。",
          "This API token is read-only (scope: read); use a read-write token to change data.");
    }
    if (Annotations.present(resourceInfo, AdminOnly.class) && !caller.hasRole(Roles.ADMIN)) {
      throw new ApiException(
          403, "auth.adminOnly", "この操作は管理者だけが行えます。", "Only administrators may do this.");
    }
  }
}
