package io.tsumugi.rest.problem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.rest.support.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** Renders an {@link ApiException} as an RFC 9457 response in the caller's language. */
public final class Problems {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Problem {@code type} URIs are this plus the code: stable, documented in docs/rest-api.md. */
  public static final String TYPE_BASE = "https://tsumugi.io/problems/";

  private static final Map<Integer, String[]> TITLES =
      Map.ofEntries(
          Map.entry(400, new String[] {"リクエストの形式が正しくありません", "Bad request"}),
          Map.entry(401, new String[] {"認証が必要です", "Authentication required"}),
          Map.entry(403, new String[] {"権限がありません", "Forbidden"}),
          Map.entry(404, new String[] {"見つかりません", "Not found"}),
          Map.entry(405, new String[] {"このメソッドは使えません", "Method not allowed"}),
          Map.entry(406, new String[] {"この形式では応答できません", "Not acceptable"}),
          Map.entry(409, new String[] {"競合が発生しました", "Conflict"}),
          Map.entry(412, new String[] {"前提条件が満たされていません", "Precondition failed"}),
          Map.entry(413, new String[] {"リクエストが大きすぎます", "Content too large"}),
          Map.entry(415, new String[] {"この形式のデータは受け付けません", "Unsupported media type"}),
          Map.entry(422, new String[] {"入力内容に誤りがあります", "Unprocessable content"}),
          Map.entry(428, new String[] {"前提条件の指定が必要です", "Precondition required"}),
          Map.entry(429, new String[] {"リクエストが多すぎます", "Too many requests"}),
          Map.entry(500, new String[] {"サーバー内部のエラーです", "Internal server error"}),
          Map.entry(503, new String[] {"一時的に利用できません", "Service unavailable"}));

  private Problems() {}

  /** The problem document for {@code e}. */
  public static ObjectNode document(ApiException e, Language language, String instance) {
    String[] title = TITLES.getOrDefault(e.status(), new String[] {"エラー", "Error"});
    ObjectNode body = Json.object();
    body.put("type", TYPE_BASE + e.code());
    body.put("title", language.pick(title[0], title[1]));
    body.put("status", e.status());
    body.put("detail", language.pick(e.detailJa(), e.detailEn()));
    if (instance != null) {
      body.put("instance", instance);
    }
    body.put("code", e.code());
    if (!e.errors().isEmpty()) {
      ArrayNode errors = body.putArray("errors");
      for (FieldError error : e.errors()) {
        errors
            .addObject()
            .put("field", error.field())
            .put("code", error.code())
            .put("message", error.message(language));
      }
    }
    return body;
  }

  /** The response for {@code e} to a request with these headers. */
  public static Response response(ApiException e, HttpHeaders headers, UriInfo uriInfo) {
    Language language = Language.of(headers);
    String instance =
        uriInfo == null ? null : "/api/" + uriInfo.getPath(false).replaceFirst("^/", "");
    Response.ResponseBuilder builder =
        Response.status(e.status())
            .type(MEDIA_TYPE)
            .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
            .entity(Json.write(document(e, language, instance)));
    e.headers().forEach(builder::header);
    return builder.build();
  }
}
