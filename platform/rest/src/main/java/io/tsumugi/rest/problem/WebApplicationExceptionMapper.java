package io.tsumugi.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Renders what JAX-RS itself refuses (unknown path, wrong method, wrong {@code Content-Type}, an
 * {@code Accept} we cannot meet) as problem documents, keeping the status and the {@code Allow}
 * header.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    ApiException problem = describe(status, headers);
    if (e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
      problem.withHeader("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return Problems.response(problem, headers, uriInfo);
  }

  static ApiException describe(int status, HttpHeaders headers) {
    String contentType = headers == null ? null : headers.getHeaderString("Content-Type");
    return switch (status) {
      case 404 ->
          ApiException.notFound(
              "path.notFound", "このアドレスには API がありません。", "There is no API at this address.");
      case 405 ->
          new ApiException(
              405,
              "method.notAllowed",
              "このアドレスではこの HTTP メソッドは使えません（Allow ヘッダーを参照）。",
              "This HTTP method is not allowed at this address (see the Allow header).");
      case 406 ->
          new ApiException(
              406,
              "media.notAcceptable",
              "Accept ヘッダーの形式では応答できません。application/json を指定してください。",
              "Cannot answer in the format the Accept header asks for; accept application/json.");
      case 415 ->
          new ApiException(
              415,
              "media.unsupported",
              "Content-Type「" + safe(contentType) + "」は受け付けません。application/json で送ってください。",
              "Content-Type \"" + safe(contentType) + "\" is not accepted; send application/json.");
      case 400 ->
          ApiException.badRequest(
              "request.malformed", "リクエストの形式が正しくありません。", "The request is malformed.");
      default ->
          status >= 500
              ? new ApiException(
                  status,
                  "server.error",
                  "サーバーでエラーが発生しました。",
                  "The server failed to answer the request.")
              : new ApiException(
                  status, "request.refused", "リクエストは受け付けられませんでした。", "The request was refused.");
    };
  }

  private static String safe(String value) {
    if (value == null) {
      return "(none)";
    }
    String cut = value.length() > 60 ? value.substring(0, 60) + "..." : value;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
