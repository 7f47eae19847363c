package io.tsumugi.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders the API's own refusals. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ApiException e) {
    return Problems.response(e, headers, uriInfo);
  }
}
