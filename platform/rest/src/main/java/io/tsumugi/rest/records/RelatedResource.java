package io.tsumugi.rest.records;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.QueryException;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.FieldError;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * {@code GET /api/v1/records/{entity}/{id}/related/{relatedEntity}}: the records of another entity
 * whose lookup points at this record, a page like the list's (sort, page or cursor). {@code via}
 * names the lookup when there are several; without it the one of the entity's related lists is
 * used.
 */
@Path("v1/records/{entity}/{id}/related/{relatedEntity}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RelatedResource {

  @Inject private Engine engine;

  @GET
  public Response related(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @PathParam("relatedEntity") String relatedEntity,
      @QueryParam("via") String via,
      @QueryParam("sort") String sort,
      @QueryParam("pageSize") Integer pageSize,
      @QueryParam("page") Integer page,
      @QueryParam("cursor") String cursor,
      @Context SecurityContext security) {
    EntityDef def = engine.active().entity(entity);
    EntityDef child = engine.active().entity(relatedEntity);
    Record parent = RecordCalls.find(engine.records(), security, def, id);
    FieldDef lookup = lookup(def, child, via);
    RecordQuery query =
        RecordPages.query(
            Filter.eq(lookup.name(), parent.id()),
            RecordPages.sortKeys(sort),
            pageSize,
            page,
            cursor);
    try {
      RecordPage result = engine.queries().query(RecordCalls.caller(security), child.name(), query);
      return Response.ok(Json.write(RecordPages.toJson(child, result, query))).build();
    } catch (QueryException e) {
      throw ApiException.invalid(
          e.errors().stream()
              .map(
                  f ->
                      new FieldError(
                          f.field() == null ? "" : f.field(),
                          f.code(),
                          f.messageJa(),
                          f.messageEn()))
              .toList());
    }
  }

  /** The lookup of {@code child} pointing at {@code parent} that the request means. */
  static FieldDef lookup(EntityDef parent, EntityDef child, String via) {
    List<FieldDef> lookups = lookups(parent, child);
    if (lookups.isEmpty()) {
      throw ApiException.notFound(
          "related.none",
          child.name() + " には " + parent.name() + " を参照する項目がありません。",
          child.name() + " has no lookup to " + parent.name() + ".");
    }
    String choices = String.join(", ", lookups.stream().map(FieldDef::name).toList());
    if (via != null) {
      return lookups.stream()
          .filter(f -> f.name().equals(via))
          .findFirst()
          .orElseThrow(
              () ->
                  ApiException.badRequest(
                      "via.invalid",
                      "via には "
                          + child.name()
                          + " の "
                          + parent.name()
                          + " への参照項目を指定してください: "
                          + choices,
                      "via must be a lookup of "
                          + child.name()
                          + " to "
                          + parent.name()
                          + ": "
                          + choices
                          + "."));
    }
    if (lookups.size() == 1) {
      return lookups.get(0);
    }
    for (RelatedList list : parent.layouts().relatedLists()) {
      if (list.entity().equals(child.name())) {
        for (FieldDef f : lookups) {
          if (f.name().equals(list.field())) {
            return f;
          }
        }
      }
    }
    throw ApiException.badRequest(
        "via.required",
        child.name() + " には " + parent.name() + " への参照項目が複数あります。via で選んでください: " + choices,
        child.name()
            + " has several lookups to "
            + parent.name()
            + "; choose one with via: "
            + choices
            + ".");
  }

  /** The stored lookups of {@code child} whose target is {@code parent}. */
  public static List<FieldDef> lookups(EntityDef parent, EntityDef child) {
    return child.fields().stream()
        .filter(f -> f.isLookup() && f.isStored() && parent.name().equals(f.options().target()))
        .toList();
  }
}
