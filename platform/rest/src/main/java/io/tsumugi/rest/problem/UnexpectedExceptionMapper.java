package io.tsumugi.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: anything not mapped otherwise is logged with an incident id and answered with a
 * 500 that shows only that id, never the exception or its stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "REST API incident " + incident, e);
    return Problems.response(
        new ApiException(
            500,
            "server.error",
            "サーバーでエラーが発生しました。管理者に問い合わせ番号 " + incident + " をお伝えください。",
            "The server failed to answer the request. Give your administrator incident id "
                + incident
                + "."),
        headers,
        uriInfo);
  }
}
