package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.RecordBatch;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.FieldError;
import io.tsumugi.rest.problem.Language;
import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.Json;
import io.tsumugi.rest.support.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/records/{entity}/bulk}: creates or updates up to 200 records through the
 * record service. Atomic (the default): 200 when all were written, else 422 listing every error by
 * JSON pointer ({@code /records/3/amount}) and nothing written. Per record ({@code "atomic":
 * false}): 207 with a status per record.
 */
@Path("v1/records/{entity}/bulk")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BulkResource {

  @Inject private Engine engine;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response bulk(
      @PathParam("entity") String entity,
      @Context SecurityContext security,
      @Context HttpHeaders headers,
      InputStream body) {
    EntityDef def = engine.active().entity(entity);
    BulkRequest request =
        BulkRequest.parse(def, JsonBody.readObject(body, ApiLimits.current().maxBodyBytes()));
    RecordBatch.Result result =
        new RecordBatch(engine.records())
            .run(
                RecordCalls.caller(security),
                def.name(),
                request.operation(),
                request.items(),
                request.atomic());
    if (request.atomic() && !result.committed()) {
      List<FieldError> errors = new ArrayList<>();
      result.items().forEach(item -> errors.addAll(errors(def, request, item)));
      throw new ApiException(
          422,
          "bulk.failed",
          result.failed() + " 件のレコードに誤りがあるため、どのレコードも書き込んでいません。",
          result.failed() + " record(s) failed, so none was written.",
          errors);
    }
    Language language = Language.of(headers);
    ObjectNode json = Json.object();
    json.put("atomic", request.atomic());
    json.put("succeeded", result.items().size() - result.failed());
    json.put("failed", result.failed());
    ArrayNode items = json.putArray("results");
    for (RecordBatch.ItemResult item : result.items()) {
      ObjectNode out = items.addObject().put("index", item.index()).put("status", status(item));
      if (item.record() != null) {
        out.put("id", item.record().id()).put("version", item.record().version());
        out.set("record", RecordJson.toJson(def, item.record()));
      } else {
        ArrayNode errors = out.putArray("errors");
        for (FieldError e : errors(def, request, item)) {
          errors
              .addObject()
              .put("field", e.field())
              .put("code", e.code())
              .put("message", e.message(language));
        }
      }
    }
    return Response.status(request.atomic() ? 200 : 207)
        .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
        .entity(Json.write(json))
        .build();
  }

  private static int status(RecordBatch.ItemResult item) {
    return switch (item.outcome()) {
      case CREATED -> 201;
      case UPDATED -> 200;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case INVALID -> 422;
      case NOT_ATTEMPTED -> 424;
    };
  }

  /** The record's errors, each named by its JSON pointer into the request body. */
  private static List<FieldError> errors(
      EntityDef def, BulkRequest request, RecordBatch.ItemResult item) {
    String at = "/records/" + item.index();
    List<FieldError> out = new ArrayList<>();
    if (item.outcome() == RecordBatch.Outcome.INVALID) {
      for (FieldError f :
          RecordJson.errors(def, request.bodies().get(item.index()), item.errors())) {
        out.add(
            new FieldError(
                f.field().isEmpty() ? at : at + "/" + f.field(),
                f.code(),
                f.messageJa(),
                f.messageEn()));
      }
    } else {
      for (io.tsumugi.core.records.FieldError f : item.errors()) {
        out.add(
            new FieldError(
                f.field() == null ? at : at + "/" + f.field(),
                f.code(),
                f.messageJa(),
                f.messageEn()));
      }
    }
    return out;
  }
}
