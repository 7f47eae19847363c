package io.tsumugi.rest.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.apitoken.ApiScope;
import io.tsumugi.core.apitoken.ApiToken;
import io.tsumugi.core.apitoken.ApiTokens;
import io.tsumugi.core.apitoken.IssuedToken;
import io.tsumugi.core.apitoken.TokenCaller;
import io.tsumugi.core.security.UserAccount;
import io.tsumugi.core.security.UserAccounts;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.FieldError;
import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.Json;
import io.tsumugi.rest.support.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/tokens}: a user's own API tokens. Creating one answers the secret once; only its
 * hash is kept. Reachable with HTTP Basic (login id and password) so that the first token can be
 * made without the screens.
 */
@Path("v1/tokens")
@PasswordLoginAllowed
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  private static final Set<String> CREATE_PROPERTIES = Set.of("name", "scope");

  @Inject private ApiTokens tokens;
  @Inject private UserAccounts accounts;
  @Context private SecurityContext security;

  /** Creates a token: body {@code {"name": "...", "scope": "read"|"read-write"}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    TokenCaller caller = CallerPrincipal.of(security);
    ObjectNode request = JsonBody.readObject(body, ApiLimits.current().maxBodyBytes());
    List<FieldError> errors = new ArrayList<>();
    request
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!CREATE_PROPERTIES.contains(name)) {
                errors.add(
                    new FieldError(
                        "/" + name,
                        "property.unknown",
                        "不明な項目です。使える項目は name と scope です。",
                        "Unknown property; only name and scope are accepted."));
              }
            });
    String name = text(request.get("name"));
    if (name == null || name.isBlank() || name.length() > 100) {
      errors.add(
          new FieldError(
              "/name",
              "required",
              "トークンの名前（1〜100 文字）を指定してください。",
              "Give the token a name of 1 to 100 characters."));
    }
    String scopeName = request.has("scope") ? text(request.get("scope")) : "read";
    ApiScope scope = scopeName == null ? null : ApiScope.fromJson(scopeName).orElse(null);
    if (scope == null) {
      errors.add(
          new FieldError(
              "/scope",
              "enum",
              "scope は read または read-write です。",
              "scope must be read or read-write."));
    } else if (scope.allowsWrites() && !caller.scope().allowsWrites()) {
      errors.add(
          new FieldError(
              "/scope",
              "scope.exceeds",
              "読み取り専用のトークンから read-write のトークンは作れません。",
              "A read-only token cannot create a read-write token."));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    if (tokens.countActive(caller.userId()) >= ApiTokens.MAX_TOKENS_PER_USER) {
      throw new ApiException(
          409,
          "token.tooMany",
          "有効なトークンは 1 人 " + ApiTokens.MAX_TOKENS_PER_USER + " 個までです。不要なものを失効させてください。",
          "A user may hold at most "
              + ApiTokens.MAX_TOKENS_PER_USER
              + " live tokens; revoke some.");
    }
    UserAccount user = accounts.findByLoginId(caller.loginId()).orElseThrow();
    IssuedToken issued = tokens.issue(user, name.strip(), scope);
    ObjectNode answer = describe(issued.token());
    answer.put("token", issued.secret());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.created(URI.create("v1/tokens/" + issued.token().getId()))
        .cacheControl(noStore)
        .entity(Json.write(answer))
        .build();
  }

  /** The caller's tokens, newest first (never their secrets). */
  @GET
  public String list() {
    TokenCaller caller = CallerPrincipal.of(security);
    ObjectNode answer = Json.object();
    ArrayNode items = answer.putArray("items");
    tokens.listFor(caller.userId()).forEach(t -> items.add(describe(t)));
    return Json.write(answer);
  }

  /** Revokes one of the caller's tokens (204; 404 when it is not theirs). */
  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    TokenCaller caller = CallerPrincipal.of(security);
    if (!id.matches("\\d{1,18}") || !tokens.revoke(caller.userId(), Long.parseLong(id))) {
      throw ApiException.notFound(
          "token.notFound",
          "トークン " + id.replaceAll("[^0-9A-Za-z]", "?") + " は見つかりません。",
          "Token " + id.replaceAll("[^0-9A-Za-z]", "?") + " was not found.");
    }
    return Response.noContent().build();
  }

  private static ObjectNode describe(ApiToken t) {
    ObjectNode node = Json.object();
    node.put("id", t.getId());
    node.put("name", t.getName());
    node.put("scope", t.getScope().jsonName());
    node.put("tokenPrefix", t.getTokenPrefix());
    node.put("createdAt", t.getCreatedAt().toString());
    node.put("lastUsedAt", t.getLastUsedAt() == null ? null : t.getLastUsedAt().toString());
    node.put("revokedAt", t.getRevokedAt() == null ? null : t.getRevokedAt().toString());
    return node;
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }
}
