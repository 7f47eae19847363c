package io.tsumugi.rest.problem;

import io.tsumugi.core.access.AccessDeniedException;
import io.tsumugi.core.access.RecordNotVisibleException;
import io.tsumugi.core.records.ConcurrentEditException;
import io.tsumugi.core.records.RecordValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps the record service's refusals: invalid values are 422 with one error per field. */
public final class RecordExceptionMappers {

  private RecordExceptionMappers() {}

  /** 422 with the record service's field errors. */
  @Provider
  public static class Validation implements ExceptionMapper<RecordValidationException> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(RecordValidationException e) {
      return Problems.response(
          ApiException.invalid(
              e.errors().stream()
                  .map(
                      f ->
                          new FieldError(
                              f.field() == null ? "" : f.field(),
                              f.code(),
                              f.messageJa(),
                              f.messageEn()))
                  .toList()),
          headers,
          uriInfo);
    }
  }

  /** 409: the record changed since the version the caller sent in the body. */
  @Provider
  public static class ConcurrentEdit implements ExceptionMapper<ConcurrentEditException> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(ConcurrentEditException e) {
      return Problems.response(
          new ApiException(409, "record.changed", e.messageJa(), e.getMessage()), headers, uriInfo);
    }
  }

  /** 403: the caller may see the entity or record but not do this to it. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(AccessDeniedException e) {
      return Problems.response(
          new ApiException(403, e.code(), e.messageJa(), e.messageEn()), headers, uriInfo);
    }
  }

  /** 404: missing or invisible, told apart by nothing. */
  @Provider
  public static class NotVisible implements ExceptionMapper<RecordNotVisibleException> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uriInfo;

    @Override
    public Response toResponse(RecordNotVisibleException e) {
      return Problems.response(
          ApiException.notFound(
              "record.notFound",
              e.entity() + " のレコード " + e.id() + " は見つかりません。",
              "There is no " + e.entity() + " record " + e.id() + "."),
          headers,
          uriInfo);
    }
  }
}
