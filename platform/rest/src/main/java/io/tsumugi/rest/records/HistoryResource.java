package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.FieldHistory;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.ApiLimits;
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
 * {@code GET /api/v1/records/{entity}/{id}/history}: the changes of the record's tracked fields
 * (who, when, field, old and new value), newest first, a page at a time ({@code pageSize}, then
 * {@code cursor} = the previous page's {@code nextCursor}).
 */
@Path("v1/records/{entity}/{id}/history")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

  @Inject private Engine engine;

  @GET
  public Response history(
      @PathParam("entity") String entity,
      @PathParam("id") String id,
      @QueryParam("pageSize") Integer pageSize,
      @QueryParam("cursor") String cursor,
      @Context SecurityContext security) {
    EntityDef def = engine.active().entity(entity);
    Record record = RecordCalls.find(engine.records(), security, def, id);
    int size = pageSize == null ? RecordPages.DEFAULT_PAGE_SIZE : pageSize;
    int max = Math.min(ApiLimits.current().maxPageSize(), FieldHistory.MAX_PAGE_SIZE);
    if (size < 1 || size > max) {
      throw ApiException.badRequest(
          "pageSize.invalid",
          "pageSize は 1 から " + max + " の間で指定してください。",
          "pageSize must be between 1 and " + max + ".");
    }
    Long before = cursor == null ? null : RecordCalls.positive("cursor", cursor);
    // One more than asked: whether there is a next page, without a count.
    List<FieldHistory.Change> changes =
        engine.history().page(def.name(), record.id(), before, size + 1);
    // Changes of fields hidden from the caller are left out (field-level security).
    java.util.Set<String> hidden =
        engine.access().hiddenFields(RecordCalls.caller(security), def.name());
    ObjectNode json = Json.object();
    ArrayNode items = json.putArray("items");
    for (FieldHistory.Change c : changes.subList(0, Math.min(size, changes.size()))) {
      if (hidden.contains(c.field())) {
        continue;
      }
      ObjectNode item = items.addObject();
      item.put("field", c.field());
      item.put("oldValue", c.oldValue());
      item.put("newValue", c.newValue());
      if (c.changedBy() == null) {
        item.putNull("changedBy");
      } else {
        item.put("changedBy", c.changedBy());
      }
      item.put("changedByLogin", c.changedByLogin());
      item.put("changedAt", c.changedAt().toString());
    }
    json.put(
        "nextCursor", changes.size() > size ? Long.toString(changes.get(size - 1).id()) : null);
    json.put("pageSize", size);
    return Response.ok(Json.write(json)).build();
  }
}
