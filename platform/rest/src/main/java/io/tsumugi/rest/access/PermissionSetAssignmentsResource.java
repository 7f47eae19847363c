package io.tsumugi.rest.access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.rest.auth.AdminOnly;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /api/v1/users/{loginId}/permission-sets}: the permission sets assigned to a user directly
 * (on top of those of the user's roles), for administrators. {@code PUT .../{name}} assigns, {@code
 * DELETE .../{name}} takes it back; both are idempotent and audited.
 */
@Path("v1/users/{loginId}/permission-sets")
@ApplicationScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class PermissionSetAssignmentsResource {

  @Inject private Engine engine;

  @GET
  public Response list(@PathParam("loginId") String loginId) {
    return answer(loginId, () -> engine.permissionSetAssignments().of(loginId));
  }

  @PUT
  @Path("{name}")
  public Response assign(
      @PathParam("loginId") String loginId,
      @PathParam("name") String name,
      @Context SecurityContext security) {
    String actor = CallerPrincipal.of(security).loginId();
    return answer(
        loginId,
        () -> {
          engine.permissionSetAssignments().assign(actor, loginId, name);
          return engine.permissionSetAssignments().of(loginId);
        });
  }

  @DELETE
  @Path("{name}")
  public Response unassign(
      @PathParam("loginId") String loginId,
      @PathParam("name") String name,
      @Context SecurityContext security) {
    String actor = CallerPrincipal.of(security).loginId();
    return answer(
        loginId,
        () -> {
          engine.permissionSetAssignments().unassign(actor, loginId, name);
          return engine.permissionSetAssignments().of(loginId);
        });
  }

  private static Response answer(String loginId, Supplier<List<String>> call) {
    List<String> sets;
    try {
      sets = call.get();
    } catch (IdentityException e) {
      int status = e.code().equals("user.unknown") ? 404 : 422;
      throw new ApiException(status, e.code(), e.messageJa(), e.messageEn());
    }
    ObjectNode json = Json.object();
    json.put("user", loginId);
    json.putArray("permissionSets").addAll(sets.stream().map(Json.object()::textNode).toList());
    return Response.ok(Json.write(json)).build();
  }
}
