package io.tsumugi.rest.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.schema.runtime.ArchivedItem;
import io.tsumugi.rest.auth.AdminOnly;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * {@code /api/v1/metadata/archive}: the columns and tables kept after deletes and type changes, and
 * their explicit purge. Administrators only, like metadata apply.
 */
@Path("v1/metadata/archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class MetadataArchiveResource {

  @Inject private Engine engine;
  @Context private SecurityContext security;

  /** What is archived and not yet purged, oldest first. */
  @GET
  public String list() {
    ObjectNode out = Json.object();
    items(out.putArray("items"), engine.archive().list());
    return Json.write(out);
  }

  /** Drops one archived column or table for good: 204, 404 when unknown or already purged. */
  @DELETE
  @Path("{id}")
  public Response purge(@PathParam("id") String id) {
    engine.archive().purge(id(id), CallerPrincipal.of(security).loginId());
    return Response.noContent().build();
  }

  /** Drops everything archived; needs {@code confirm=all} so that no stray call empties it. */
  @DELETE
  public String purgeAll(@QueryParam("confirm") String confirm) {
    if (!"all".equals(confirm)) {
      throw ApiException.badRequest(
          "parameter.invalid",
          "アーカイブをすべて削除するには confirm=all を指定してください。",
          "Purging the whole archive needs confirm=all.");
    }
    List<ArchivedItem> purged = engine.archive().purgeAll(CallerPrincipal.of(security).loginId());
    ObjectNode out = Json.object();
    items(out.putArray("purged"), purged);
    return Json.write(out);
  }

  private static void items(ArrayNode array, List<ArchivedItem> items) {
    for (ArchivedItem i : items) {
      ObjectNode n =
          array
              .addObject()
              .put("id", i.id())
              .put("kind", i.isTable() ? "table" : "column")
              .put("version", i.versionNo())
              .put("entity", i.entity());
      if (i.field() != null) {
        n.put("field", i.field());
      }
      n.put("table", i.table());
      if (i.column() != null) {
        n.put("column", i.column());
      }
      n.put("archivedAt", i.archivedAt().toString());
    }
  }

  private static long id(String value) {
    if (value == null || !value.matches("\\d{1,18}")) {
      throw ApiException.notFound(
          "archive.notFound",
          "その番号のアーカイブはありません（番号は正の整数です）。",
          "There is no archived item with that id (ids are positive integers).");
    }
    return Long.parseLong(value);
  }
}
