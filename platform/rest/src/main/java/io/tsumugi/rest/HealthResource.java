package io.tsumugi.rest;

import io.tsumugi.core.health.HealthCheck;
import io.tsumugi.core.health.HealthReport;
import io.tsumugi.rest.auth.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: 200 with the platform version, database and active metadata version, or
 * 503 when the database does not answer. Public, for load balancers and the launch script.
 */
@Path("health")
@Public
@RequestScoped
public class HealthResource {

  @Inject private HealthCheck healthCheck;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    HealthReport report = healthCheck.check();
    return Response.status(report.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .build();
  }
}
