package io.tsumugi.rest.problem;

import io.tsumugi.core.schema.runtime.ApplyException;
import io.tsumugi.core.schema.runtime.ArchiveItemNotFoundException;
import io.tsumugi.core.schema.runtime.UnknownEntityException;
import io.tsumugi.core.schema.runtime.VersionConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps the engine's refusals: an unknown entity or archive entry is 404, an apply on a moved base
 * version 409, a refused plan or invalid metadata 422, a database failure 500 (its message stays in
 * the log).
 */
@Provider
public class ApplyExceptionMapper implements ExceptionMapper<ApplyException> {

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ApplyException e) {
    return Problems.response(toApi(e), headers, uriInfo);
  }

  /** The API's view of an engine refusal. */
  public static ApiException toApi(ApplyException e) {
    int status;
    if (e instanceof UnknownEntityException || e instanceof ArchiveItemNotFoundException) {
      status = 404;
    } else if (e instanceof VersionConflictException) {
      status = 409;
    } else if (e.code().startsWith("database.") || e.code().equals("apply.failed")) {
      status = 500;
    } else if (e.code().startsWith("lock.") || e.getClass().getSimpleName().contains("Lock")) {
      status = 503;
    } else {
      status = 422;
    }
    if (status == 500) {
      java.util.logging.Logger.getLogger(ApplyExceptionMapper.class.getName())
          .log(java.util.logging.Level.SEVERE, "Metadata apply failed", e);
    }
    return new ApiException(status, e.code(), e.messageJa(), e.messageEn());
  }
}
