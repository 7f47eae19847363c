package io.tsumugi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST API of the running server, speaking JSON. */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final RunningServer server;
  // HTTP/1.1: over plain http the JDK client otherwise tries an h2c upgrade, and once in CI it read
  // a JSON body as an HTTP/2 frame ("Frame type(98) ... exceeds MAX_FRAME_SIZE").
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  ApiClient(RunningServer server) {
    this.server = server;
  }

  /** A response: status, headers and the body as text and as JSON. */
  record Reply(HttpResponse<String> raw) {
    int status() {
      return raw.statusCode();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw.body(), e);
      }
    }

    String body() {
      return raw.body();
    }
  }

  private static final java.util.Map<String, String> ADMIN_TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The administrator's token of this scope, created once per test JVM with HTTP Basic (password
   * attempts have a tight rate limit of their own).
   */
  synchronized String adminToken(String scope) throws Exception {
    // A second server has tokens of its own, even at the same address as an earlier one.
    String key = server.name() + " " + server.baseUri() + " " + scope;
    String cached = ADMIN_TOKENS.get(key);
    if (cached == null) {
      cached = createToken(basic(server.adminLogin(), server.adminPassword()), scope);
      ADMIN_TOKENS.put(key, cached);
    }
    return cached;
  }

  /** A fresh token of the administrator, created with the cached read-write token. */
  String newToken(String scope) throws Exception {
    return createToken("Bearer " + adminToken("read-write"), scope);
  }

  private String createToken(String authorization, String scope) throws Exception {
    Reply r =
        send(
            request("/api/v1/tokens")
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(body("{\"name\":\"it-" + scope + "\",\"scope\":\"" + scope + "\"}")));
    if (r.status() != 201) {
      throw new AssertionError("token not created: " + r.status() + " " + r.body());
    }
    return r.json().path("token").asText();
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
  }

  Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  Reply get(String path, String token) throws IOException, InterruptedException {
    return send(request(path).header("Authorization", "Bearer " + token));
  }

  Reply call(String method, String path, String token, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path).header("Authorization", "Bearer " + token);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : body(json)));
  }

  static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  static String basic(String login, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
