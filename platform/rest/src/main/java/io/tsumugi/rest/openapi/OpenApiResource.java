package io.tsumugi.rest.openapi;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.rest.auth.Public;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/openapi.json}: the document for the active metadata version, regenerated when
 * the version changes. Public: it describes the shape of the data, never records.
 */
@Path("v1/openapi.json")
@Public
@ApplicationScoped
public class OpenApiResource {

  private record Cached(int version, String json) {}

  @Inject private Engine engine;

  private volatile Cached cached = new Cached(-1, null);

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response document(@Context Request request) {
    ActiveMetadata.Version active = engine.active().current();
    Cached c = cached;
    if (c.version() != active.versionNo()) {
      c =
          new Cached(
              active.versionNo(),
              Json.write(OpenApiGenerator.generate(active.pkg(), active.versionNo())));
      cached = c;
    }
    EntityTag tag = new EntityTag("openapi-" + c.version());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.build();
    }
    return Response.ok(c.json()).tag(tag).build();
  }
}
