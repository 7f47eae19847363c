package io.tsumugi.rest.access;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.access.AccessExplanation;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.auth.AdminOnly;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/records/{entity}/{id}/access?user=<loginId>}: why the user may (or may not)
 * read and change the record, every reason that applies, for administrators.
 */
@Path("v1/records/{entity}/{id}/access")
@ApplicationScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {

  @Inject private Engine engine;

  @GET
  public Response explain(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @QueryParam("user") String user) {
    EntityDef def = engine.active().entity(entity);
    if (id == null || !id.matches("\\d{1,18}")) {
      throw ApiException.badRequest(
          "id.invalid", "id は正の整数で指定してください。", "id must be a positive integer.");
    }
    if (user == null || user.isBlank()) {
      throw ApiException.badRequest(
          "user.missing", "user（ログイン ID）を指定してください。", "Give user (a login id).");
    }
    AccessExplanation x = engine.access().explain(user, def.name(), Long.parseLong(id));
    ObjectNode json = Json.object();
    json.put("user", x.loginId());
    json.put("entity", x.entity());
    json.put("id", x.id());
    json.put("exists", x.exists());
    json.put("canRead", x.canRead());
    json.put("canWrite", x.canWrite());
    ArrayNode reasons = json.putArray("reasons");
    for (AccessExplanation.Reason r : x.reasons()) {
      ObjectNode o = reasons.addObject();
      o.put("code", r.code());
      o.put("detail", r.detail());
      o.put("readWrite", r.readWrite());
      o.put("messageJa", r.messageJa());
      o.put("messageEn", r.messageEn());
    }
    return Response.ok(Json.write(json)).build();
  }
}
