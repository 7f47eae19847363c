package io.tsumugi.rest.auth;

import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.JsonBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a body whose declared {@code Content-Length} is over the limit before anything reads it
 * (413). Bodies sent without a length are cut off while being read ({@link JsonBody}). Plugin
 * uploads ({@code v1/plugins...}) may be as large as a plugin file (50 MiB).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

  /** The largest plugin file the host accepts. */
  static final long PLUGIN_FILE_BYTES = 50L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    long max =
        request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("v1/plugins")
            ? PLUGIN_FILE_BYTES
            : ApiLimits.current().maxBodyBytes();
    if (request.getLength() > max) {
      throw JsonBody.tooLarge(max);
    }
  }
}
