package io.tsumugi.rest.openapi;

import io.tsumugi.rest.auth.Public;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /api/docs/}: Swagger UI on the generated document, served from the {@code
 * org.webjars:swagger-ui} jar in the WAR, so the page loads nothing from other sites. Only the
 * files listed here are served.
 */
@Path("docs")
@Public
@ApplicationScoped
public class ApiDocsResource {

  private static final Map<String, String> FILES =
      Map.of(
          "swagger-ui.css", "text/css",
          "swagger-ui-bundle.js", "text/javascript",
          "swagger-ui-standalone-preset.js", "text/javascript",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");

  private static final String INDEX =
      """
      <!DOCTYPE html>
      <html lang="%1$s">
      <head>
        <meta charset="UTF-8">
        <title>Tsumugi CRM API</title>
        <link rel="stylesheet" href="swagger-ui.css">
        <link rel="icon" type="image/png" href="favicon-32x32.png">
        <style>
          body { margin: 0; }
          .tsumugi-token { display: flex; gap: 8px; align-items: center; padding: 10px 20px;
            background: #f3f5f8; border-bottom: 1px solid #d8dde6;
            font: 14px/1.4 sans-serif; color: #3b4151; }
          .tsumugi-token input { flex: 0 1 28em; padding: 6px 8px; border: 1px solid #b8c0cc;
            border-radius: 4px; }
          .tsumugi-token button { padding: 6px 12px; border: 1px solid #49cc90;
            border-radius: 4px; background: #49cc90; color: #fff; font-weight: 600;
            cursor: pointer; }
          #token-state { color: #6b7280; }
        </style>
      </head>
      <body>
        <form id="token-form" class="tsumugi-token"
              data-with-token="%4$s" data-without-token="%5$s">
          <label for="token">%2$s</label>
          <input id="token" type="password" autocomplete="off" size="48">
          <button id="token-load" type="submit">%3$s</button>
          <span id="token-state"></span>
        </form>
        <div id="swagger-ui"></div>
        <script src="swagger-ui-bundle.js"></script>
        <script src="swagger-ui-standalone-preset.js"></script>
        <script src="init.js"></script>
      </body>
      </html>
      """;

  /**
   * Swagger UI, plus the token form: the document lists only the platform's endpoints until the
   * reader gives a token (kept in this tab's session storage, sent with the document request and
   * with "Try it out").
   */
  private static final String INIT =
      """
      window.onload = function () {
        var key = "tsumugi.apiToken";
        var token = sessionStorage.getItem(key);
        var form = document.getElementById("token-form");
        document.getElementById("token-state").textContent =
          token ? form.dataset.withToken : form.dataset.withoutToken;
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          sessionStorage.setItem(key, document.getElementById("token").value.trim());
          location.reload();
        });
        window.ui = SwaggerUIBundle({
          url: "../v1/openapi.json",
          dom_id: "#swagger-ui",
          deepLinking: true,
          validatorUrl: null,
          requestInterceptor: function (request) {
            if (token && !request.headers.Authorization) {
              request.headers.Authorization = "Bearer " + token;
            }
            return request;
          },
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
          layout: "StandaloneLayout"
        });
      };
      """;

  private final String base = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";

  /**
   * The page, its own texts in the language of {@code Accept-Language}; {@code /api/docs} is sent
   * to {@code /api/docs/} so relative asset paths resolve.
   */
  @GET
  public Response index(@Context UriInfo uri, @Context HttpHeaders headers) {
    if (!uri.getPath().endsWith("/")) {
      return Response.seeOther(uri.getBaseUriBuilder().path("docs/").build()).build();
    }
    Language l = Language.of(headers);
    String page =
        INDEX.formatted(
            l.tag(),
            l.pick("API トークン", "API token"),
            l.pick("読めるエンティティを表示", "Show the entities I may read"),
            l.pick("このトークンで読めるものを表示しています。", "Showing what this token may read."),
            l.pick(
                "トークンなし: プラットフォームのエンドポイントだけを表示しています。", "No token: only the platform's endpoints."));
    return Response.ok(page, "text/html; charset=UTF-8")
        .header("Content-Language", l.tag())
        .header("Vary", "Accept-Language")
        .build();
  }

  @GET
  @Path("init.js")
  public Response init() {
    return Response.ok(INIT, "text/javascript; charset=UTF-8").build();
  }

  @GET
  @Path("{file}")
  public Response asset(@PathParam("file") String file) {
    String type = FILES.get(file);
    InputStream in =
        type == null ? null : getClass().getClassLoader().getResourceAsStream(base + file);
    if (in == null) {
      throw ApiException.notFound(
          "docs.notFound", "API ドキュメントにこのファイルはありません。", "The API docs have no such file.");
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    String contentType = type.startsWith("text/") ? type + "; charset=UTF-8" : type;
    return Response.ok(in, contentType).cacheControl(cache).build();
  }

  private static String webjarVersion() {
    try (InputStream in =
        ApiDocsResource.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("The swagger-ui webjar is missing from the WAR");
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
