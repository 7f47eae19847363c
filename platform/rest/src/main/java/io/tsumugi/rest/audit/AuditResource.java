package io.tsumugi.rest.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.audit.AuditEvent;
import io.tsumugi.core.audit.AuditKind;
import io.tsumugi.core.audit.AuditPage;
import io.tsumugi.core.audit.AuditQuery;
import io.tsumugi.core.audit.SecurityAuditLog;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.rest.auth.AdminOnly;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /api/v1/audit}: the security audit log (logins, users, departments, permissions,
 * metadata, exports), newest first, filtered by kind, user and time, keyset paged. Administrators
 * only.
 */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AuditResource {

  private static final int DEFAULT_PAGE_SIZE = 50;

  @Inject private Engine engine;

  @GET
  public String page(
      @QueryParam("kind") String kind,
      @QueryParam("user") String user,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("pageSize") Integer pageSize,
      @QueryParam("cursor") String cursor) {
    AuditQuery query =
        new AuditQuery(
            kind(kind), user, instant("from", from), instant("to", to), pageSize(pageSize), cursor);
    AuditPage page;
    try {
      page = new SecurityAuditLog(engine.dataSource()).page(query);
    } catch (IllegalArgumentException e) {
      throw invalid("cursor", "前のページの nextCursor", "the previous page's nextCursor");
    }
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    for (AuditEvent e : page.events()) {
      ObjectNode item =
          items
              .addObject()
              .put("at", e.at().toString())
              .put("kind", e.kind().key())
              .put("loginId", e.loginId())
              .put("action", e.action());
      item.put("detail", e.detail());
    }
    if (page.nextCursor() == null) {
      out.putNull("nextCursor");
    } else {
      out.put("nextCursor", page.nextCursor());
    }
    return Json.write(out);
  }

  private static AuditKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    return AuditKind.of(kind)
        .orElseThrow(
            () ->
                invalid(
                    "kind",
                    "login、user、department、permission、metadata、export のいずれか",
                    "one of login, user, department, permission, metadata, export"));
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw invalid(
          name,
          "ISO 8601 の日時（例: 2026-04-01T00:00:00Z）",
          "an ISO 8601 instant such as 2026-04-01T00:00:00Z");
    }
  }

  private static int pageSize(Integer pageSize) {
    if (pageSize == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (pageSize < 1 || pageSize > AuditQuery.MAX_PAGE_SIZE) {
      throw invalid(
          "pageSize",
          "1〜" + AuditQuery.MAX_PAGE_SIZE + " の整数",
          "a whole number from 1 to " + AuditQuery.MAX_PAGE_SIZE);
    }
    return pageSize;
  }

  private static ApiException invalid(String parameter, String expectedJa, String expectedEn) {
    return ApiException.badRequest(
        "parameter.invalid",
        "パラメーター " + parameter + " には " + expectedJa + " を指定してください。",
        "The parameter " + parameter + " must be " + expectedEn + ".");
  }
}
