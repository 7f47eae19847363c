package io.tsumugi.rest.auth;

import io.tsumugi.core.apitoken.ApiScope;
import io.tsumugi.core.apitoken.ApiTokens;
import io.tsumugi.core.apitoken.TokenCaller;
import io.tsumugi.core.security.AccountIdentityStore;
import io.tsumugi.core.security.UserAccount;
import io.tsumugi.core.security.UserAccounts;
import io.tsumugi.rest.problem.ApiException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates every request to a resource not marked {@link Public}: a Bearer API token, or HTTP
 * Basic where the resource is marked {@link PasswordLoginAllowed} or {@link CredentialsOptional}
 * (which also lets requests without credentials through, anonymous). Then applies the caller's rate
 * limit. Failures are 401 with a {@code WWW-Authenticate} challenge.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resourceInfo;

  @Inject private ApiTokens tokens;
  @Inject private AccountIdentityStore identityStore;
  @Inject private UserAccounts accounts;
  @Inject private RateLimiter rateLimiter;

  @Override
  public void filter(ContainerRequestContext request) {
    if (Annotations.present(resourceInfo, Public.class)) {
      return;
    }
    String authorization = request.getHeaderString("Authorization");
    if (authorization == null && Annotations.present(resourceInfo, CredentialsOptional.class)) {
      return;
    }
    boolean secure = request.getSecurityContext().isSecure();
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      TokenCaller caller =
          tokens.authenticate(authorization.substring(7).trim()).orElseThrow(this::invalidToken);
      rateLimiter.acquireForToken(caller.tokenId());
      request.setSecurityContext(CallerPrincipal.context(caller, "Bearer", secure));
    } else if (authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && (Annotations.present(resourceInfo, PasswordLoginAllowed.class)
            || Annotations.present(resourceInfo, CredentialsOptional.class))) {
      TokenCaller caller = passwordLogin(authorization.substring(6).trim());
      request.setSecurityContext(CallerPrincipal.context(caller, "Basic", secure));
    } else {
      throw unauthorized(
          "auth.required",
          "API トークンが必要です。Authorization: Bearer <トークン> を付けて送ってください。",
          "An API token is required: send Authorization: Bearer <token>.");
    }
  }

  private TokenCaller passwordLogin(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidPassword();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw invalidPassword();
    }
    String loginId = decoded.substring(0, colon);
    rateLimiter.acquireForLogin(loginId);
    CredentialValidationResult result =
        identityStore.validate(
            new UsernamePasswordCredential(loginId, decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throw invalidPassword();
    }
    Optional<UserAccount> account = accounts.findByLoginId(result.getCallerPrincipal().getName());
    UserAccount user = account.orElseThrow(this::invalidPassword);
    return new TokenCaller(
        null, user.getId(), user.getLoginId(), result.getCallerGroups(), ApiScope.READ_WRITE);
  }

  private ApiException invalidToken() {
    return unauthorized(
        "auth.invalidToken",
        "API トークンが無効です（誤り、失効済み、または利用者が無効）。",
        "The API token is not valid (wrong, revoked, or its user is deactivated).");
  }

  private ApiException invalidPassword() {
    return unauthorized(
        "auth.invalidLogin", "ログイン ID またはパスワードが正しくありません。", "The login id or password is wrong.");
  }

  private static ApiException unauthorized(String code, String ja, String en) {
    return new ApiException(401, code, ja, en)
        .withHeader("WWW-Authenticate", "Bearer realm=\"tsumugi\"");
  }
}
