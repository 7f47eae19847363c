package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.QueryException;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.auth.ReadOperation;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.FieldError;
import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.Json;
import io.tsumugi.rest.support.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/records/{entity}}: list and query (query service), create, read, change (PATCH
 * merge, PUT replace) and delete records of any entity of the active metadata, through the record
 * service. The ETag is the record's version; {@code If-Match} makes an update conditional (412 when
 * the record moved on).
 */
@Path("v1/records/{entity}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordsResource {

  @Inject private Engine engine;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("entity") String entity, @Context SecurityContext security, InputStream body) {
    EntityDef def = engine.active().entity(entity);
    ObjectNode json = JsonBody.readObject(body, ApiLimits.current().maxBodyBytes());
    Record r;
    try {
      r = records().create(caller(security), def.name(), RecordJson.values(def, json));
    } catch (RecordValidationException e) {
      throw ApiException.invalid(RecordJson.errors(def, json, e.errors()));
    }
    return Response.created(URI.create("v1/records/" + def.name() + "/" + r.id()))
        .tag(etag(r))
        .entity(Json.write(RecordJson.toJson(def, r)))
        .build();
  }

  /** A page of records: {@code ?filter=<json>&sort=name,-amount&pageSize=50&page=2|cursor=...}. */
  @GET
  public Response list(
      @PathParam("entity") String entity,
      @QueryParam("filter") String filter,
      @QueryParam("sort") String sort,
      @QueryParam("pageSize") Integer pageSize,
      @QueryParam("page") Integer page,
      @QueryParam("cursor") String cursor,
      @Context SecurityContext security) {
    EntityDef def = engine.active().entity(entity);
    return page(security, def, RecordPages.query(filter, sort, pageSize, page, cursor));
  }

  /** The same as the list, with the query in the body (QueryRequest), for long filters. */
  @POST
  @Path("query")
  @ReadOperation
  @Consumes(MediaType.APPLICATION_JSON)
  public Response query(
      @PathParam("entity") String entity, @Context SecurityContext security, InputStream body) {
    EntityDef def = engine.active().entity(entity);
    ObjectNode json = JsonBody.readObject(body, ApiLimits.current().maxBodyBytes());
    List<SortKey> sort = new ArrayList<>();
    json.path("sort")
        .forEach(
            key ->
                sort.add(
                    new SortKey(
                        key.path("field").asText(),
                        "desc".equals(key.path("direction").asText()))));
    RecordQuery query =
        RecordPages.query(
            json.hasNonNull("filter") ? FilterJson.parse(json.get("filter")) : null,
            sort,
            json.hasNonNull("pageSize") ? json.get("pageSize").asInt() : null,
            json.hasNonNull("page") ? json.get("page").asInt() : null,
            json.hasNonNull("cursor") ? json.get("cursor").asText() : null);
    return page(security, def, query);
  }

  private Response page(SecurityContext security, EntityDef def, RecordQuery query) {
    try {
      RecordPage result = engine.queries().query(caller(security), def.name(), query);
      return Response.ok(Json.write(RecordPages.toJson(def, result, query))).build();
    } catch (QueryException e) {
      throw ApiException.invalid(fieldErrors(e.errors()));
    }
  }

  /**
   * Deletes a record (204). {@code If-Match} makes it conditional (412); records that others still
   * point at through a restricting lookup are refused with 409 and the count.
   */
  @DELETE
  @Path("{id}")
  public Response delete(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext security) {
    EntityDef def = engine.active().entity(entity);
    Record current = find(security, def, id);
    if (ifMatch != null
        && !ifMatch.trim().equals("*")
        && !ifMatch.trim().equals(etag(current).toString())) {
      throw new ApiException(
          412,
          "record.changed",
          "このレコードは指定された版（If-Match）の後に更新されています。読み直してください。",
          "The record changed since the version in If-Match; read it again.");
    }
    try {
      engine.deletion().delete(caller(security), def.name(), current.id(), current.version());
    } catch (RecordValidationException e) {
      io.tsumugi.core.records.FieldError first = e.errors().get(0);
      throw new ApiException(409, first.code(), first.messageJa(), first.messageEn());
    }
    return Response.noContent().build();
  }

  private static List<FieldError> fieldErrors(List<io.tsumugi.core.records.FieldError> errors) {
    List<FieldError> out = new ArrayList<>();
    for (io.tsumugi.core.records.FieldError f : errors) {
      out.add(
          new FieldError(
              f.field() == null ? "" : f.field(), f.code(), f.messageJa(), f.messageEn()));
    }
    return out;
  }

  @GET
  @Path("{id}")
  public Response get(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @Context SecurityContext security,
      @Context Request request) {
    EntityDef def = engine.active().entity(entity);
    Record r = find(security, def, id);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag(r));
    if (notModified != null) {
      return notModified.build();
    }
    return Response.ok(Json.write(RecordJson.toJson(def, r))).tag(etag(r)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public Response patch(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext security,
      InputStream body) {
    EntityDef def = engine.active().entity(entity);
    ObjectNode json = JsonBody.readObject(body, ApiLimits.current().maxBodyBytes());
    return update(security, def, id, ifMatch, json, RecordJson.values(def, json));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replace(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext security,
      InputStream body) {
    EntityDef def = engine.active().entity(entity);
    ObjectNode json = JsonBody.readObject(body, ApiLimits.current().maxBodyBytes());
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDef f : def.fields()) {
      if (f.isStored()
          && !f.readOnly()
          && f.type() != io.tsumugi.metadata.model.FieldType.AUTONUMBER) {
        values.put(f.name(), null); // PUT replaces: what is not sent becomes empty
      }
    }
    values.putAll(RecordJson.values(def, json));
    return update(security, def, id, ifMatch, json, values);
  }

  private Response update(
      SecurityContext security,
      EntityDef def,
      String id,
      String ifMatch,
      ObjectNode json,
      Map<String, Object> values) {
    Record current = find(security, def, id);
    long expected = current.version();
    if (ifMatch != null && !ifMatch.trim().equals("*")) {
      if (!ifMatch.trim().equals(etag(current).toString())) {
        throw new ApiException(
            412,
            "record.changed",
            "このレコードは指定された版（If-Match）の後に更新されています。読み直してください。",
            "The record changed since the version in If-Match; read it again.");
      }
    }
    JsonNode version = json.get("version");
    if (version != null) {
      if (!version.canConvertToLong() || !version.isIntegralNumber()) {
        throw ApiException.badRequest(
            "version.invalid", "version は整数で指定してください。", "version must be an integer.");
      }
      expected = version.asLong();
    }
    Record r;
    try {
      r = records().update(caller(security), def.name(), current.id(), expected, values);
    } catch (RecordValidationException e) {
      throw ApiException.invalid(RecordJson.errors(def, json, e.errors()));
    }
    return Response.ok(Json.write(RecordJson.toJson(def, r))).tag(etag(r)).build();
  }

  private Record find(SecurityContext security, EntityDef def, String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw notFound(def, id);
    }
    return records()
        .get(caller(security), def.name(), Long.parseLong(id))
        .orElseThrow(() -> notFound(def, id));
  }

  private static ApiException notFound(EntityDef def, String id) {
    String safe = String.valueOf(id).replaceAll("[^0-9A-Za-z]", "?");
    return ApiException.notFound(
        "record.notFound",
        def.name() + " のレコード " + safe + " は見つかりません。",
        "There is no " + def.name() + " record " + safe + ".");
  }

  static EntityTag etag(Record r) {
    return new EntityTag("v" + r.version());
  }

  /** The engine's record service: the one the plugins are plugged into. */
  private RecordService records() {
    return engine.records();
  }

  private static CallerContext caller(SecurityContext security) {
    return CallerPrincipal.callerContext(security);
  }
}
