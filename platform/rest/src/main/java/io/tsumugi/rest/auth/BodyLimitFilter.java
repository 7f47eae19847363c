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
 * (413). Bodies sent without a length are cut off while being read ({@link JsonBody}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > ApiLimits.current().maxBodyBytes()) {
      throw JsonBody.tooLarge(ApiLimits.current().maxBodyBytes());
    }
  }
}
