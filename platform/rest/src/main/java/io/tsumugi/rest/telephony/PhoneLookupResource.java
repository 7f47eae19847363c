package io.tsumugi.rest.telephony;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.PhoneMatch;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.ValueNormalizer;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * {@code GET /api/v1/phone-lookup?number=}: the records (contacts, leads, accounts: every entity
 * with phone fields) whose phone is the number given in any format ({@code 0312345678}, {@code +81
 * 3 1234 5678}, full-width). 400 when the text is not a phone number.
 */
@Path("v1/phone-lookup")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PhoneLookupResource {

  /** The most records returned per entity. */
  static final int PER_ENTITY = 20;

  @Inject private Engine engine;

  @GET
  public Response lookup(@QueryParam("number") String number, @Context SecurityContext security) {
    if (number == null || number.length() > 64) {
      throw invalid();
    }
    Optional<String> canonical = ValueNormalizer.canonicalPhone(number);
    if (canonical.isEmpty()) {
      throw invalid();
    }
    CallerContext caller = CallerPrincipal.callerContext(security);
    ObjectNode json = Json.object();
    json.put("number", number);
    json.put("normalized", canonical.get());
    ArrayNode matches = json.putArray("matches");
    for (PhoneMatch m : engine.queries().phoneLookup(caller, number, PER_ENTITY)) {
      matches
          .addObject()
          .put("entity", m.entity())
          .put("id", m.id())
          .put("name", m.name())
          .put("field", m.field());
    }
    return Response.ok(Json.write(json)).build();
  }

  private static ApiException invalid() {
    return ApiException.badRequest(
        "phone.invalid",
        "number に電話番号を指定してください（例: 03-1234-5678、+81 3 1234 5678）。",
        "number must be a phone number, e.g. 03-1234-5678 or +81 3 1234 5678.");
  }
}
