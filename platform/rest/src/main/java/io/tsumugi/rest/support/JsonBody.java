package io.tsumugi.rest.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tsumugi.rest.problem.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body as JSON, refusing bodies over the size limit and malformed JSON. */
public final class JsonBody {

  private JsonBody() {}

  /** The body as a JSON tree; 413 past {@code maxBytes}, 400 when empty or not JSON. */
  public static JsonNode read(InputStream in, long maxBytes) {
    byte[] bytes = readLimited(in, maxBytes);
    if (bytes.length == 0) {
      throw ApiException.badRequest(
          "body.missing", "リクエスト本文（JSON）がありません。", "The request has no body; send a JSON document.");
    }
    try {
      return Json.mapper().readTree(bytes);
    } catch (StreamConstraintsException e) {
      throw ApiException.badRequest(
          "json.tooDeep",
          "JSON の入れ子が深すぎるか、値が大きすぎます。",
          "The JSON document is nested too deeply or holds a value too large.");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      String whereJa = at == null ? "" : "（" + at.getLineNr() + " 行 " + at.getColumnNr() + " 文字目）";
      throw ApiException.badRequest(
          "json.malformed",
          "リクエスト本文が正しい JSON ではありません" + whereJa + "。",
          "The request body is not valid JSON" + where + ".");
    } catch (IOException e) {
      throw ApiException.badRequest(
          "body.unreadable", "リクエスト本文を読み取れませんでした。", "The request body could not be read.");
    }
  }

  /** The body as a JSON object; 400 when it is another kind of JSON value. */
  public static com.fasterxml.jackson.databind.node.ObjectNode readObject(
      InputStream in, long maxBytes) {
    JsonNode node = read(in, maxBytes);
    if (!node.isObject()) {
      throw ApiException.badRequest(
          "json.notObject",
          "リクエスト本文は JSON オブジェクト（{...}）にしてください。",
          "The request body must be a JSON object ({...}).");
    }
    return (com.fasterxml.jackson.databind.node.ObjectNode) node;
  }

  /** Reads at most {@code maxBytes}; a longer body is refused with 413 without reading it all. */
  public static byte[] readLimited(InputStream in, long maxBytes) {
    if (in == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw ApiException.badRequest(
          "body.unreadable", "リクエスト本文を読み取れませんでした。", "The request body could not be read.");
    }
    return out.toByteArray();
  }

  /** The 413 problem for a body over {@code maxBytes}. */
  public static ApiException tooLarge(long maxBytes) {
    return new ApiException(
        413,
        "body.tooLarge",
        "リクエスト本文が大きすぎます（上限 " + maxBytes + " バイト）。",
        "The request body is too large (at most " + maxBytes + " bytes).");
  }
}
