package io.tsumugi.rest.openapi;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.auth.CredentialsOptional;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code GET /api/v1/openapi.json}: the document for the active metadata version. With a token (or
 * HTTP Basic) it describes the entities and fields that caller may read, as {@code GET
 * /metadata/package} shows them; without credentials only the platform's own endpoints, so the
 * names of a company's custom entities and fields are not published to anyone who asks.
 */
@Path("v1/openapi.json")
@CredentialsOptional
@ApplicationScoped
public class OpenApiResource {

  private record Cached(int version, String json) {}

  @Inject private Engine engine;

  private volatile Cached anonymous = new Cached(-1, null);

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response document(@Context Request request, @Context SecurityContext security) {
    ActiveMetadata.Version active = engine.active().current();
    boolean signedIn = security.getUserPrincipal() instanceof CallerPrincipal;
    String json = signedIn ? forCaller(active, security) : anonymous(active);
    EntityTag tag = new EntityTag("openapi-" + active.versionNo() + "-" + digest(json));
    CacheControl cache = new CacheControl();
    cache.setPrivate(signedIn);
    cache.setNoCache(true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder reply =
        notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
    return reply.tag(tag).cacheControl(cache).header("Vary", "Authorization").build();
  }

  private String forCaller(ActiveMetadata.Version active, SecurityContext security) {
    MetadataPackage seen = engine.access().visiblePackage(CallerPrincipal.callerContext(security));
    return Json.write(OpenApiGenerator.generate(seen, active.versionNo()));
  }

  private String anonymous(ActiveMetadata.Version active) {
    Cached c = anonymous;
    if (c.version() != active.versionNo()) {
      MetadataPackage p = active.pkg();
      MetadataPackage none =
          new MetadataPackage(
              p.namespace(), p.version(), p.label(), p.description(), List.of(), List.of(), null);
      c =
          new Cached(
              active.versionNo(), Json.write(OpenApiGenerator.generate(none, active.versionNo())));
      anonymous = c;
    }
    return c.json();
  }

  private static String digest(String json) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
