package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.ConcurrentEditException;
import io.tsumugi.core.records.RecordUpsert;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.Json;
import io.tsumugi.rest.support.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;

/**
 * {@code PUT /api/v1/records/{entity}/by/{field}/{value}}: create or update by a unique field. 200
 * with the record when one had the value (the body changes it like a PATCH; {@code If-Match} makes
 * it conditional), 201 with {@code Location} when it was created. A field that is not unique is
 * refused with 422.
 */
@Path("v1/records/{entity}/by/{field}/{value}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UpsertResource {

  @Inject private Engine engine;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response upsert(
      @PathParam("entity") String entity,
      @PathParam("field") String field,
      @PathParam("value") String value,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext security,
      InputStream body) {
    EntityDef def = engine.active().entity(entity);
    ObjectNode json = JsonBody.readObject(body, ApiLimits.current().maxBodyBytes());
    RecordUpsert.Upserted result;
    try {
      result =
          new RecordUpsert(engine.records())
              .upsert(
                  RecordCalls.caller(security),
                  def.name(),
                  field,
                  value,
                  RecordJson.values(def, json),
                  expectedVersion(ifMatch));
    } catch (RecordValidationException e) {
      throw ApiException.invalid(RecordJson.errors(def, json, e.errors()));
    } catch (ConcurrentEditException e) {
      throw new ApiException(
          412,
          "record.changed",
          "このレコードは指定された版（If-Match）の後に更新されています。読み直してください。",
          "The record changed since the version in If-Match; read it again.");
    }
    EntityTag etag = RecordsResource.etag(result.record());
    Response.ResponseBuilder response =
        result.created()
            ? Response.created(URI.create("v1/records/" + def.name() + "/" + result.record().id()))
            : Response.ok();
    return response.tag(etag).entity(Json.write(RecordJson.toJson(def, result.record()))).build();
  }

  /** The version in an {@code If-Match} ETag ({@code "v7"}), or {@code null} for none or *. */
  private static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.trim().equals("*")) {
      return null;
    }
    String tag = ifMatch.trim().replaceFirst("^W/", "");
    if (!tag.matches("\"v\\d{1,18}\"")) {
      throw new ApiException(
          412,
          "record.changed",
          "If-Match が ETag（\"v<版>\"）の形ではありません。",
          "If-Match is not an ETag of this API (\"v<version>\").");
    }
    return Long.parseLong(tag.substring(2, tag.length() - 1));
  }
}
