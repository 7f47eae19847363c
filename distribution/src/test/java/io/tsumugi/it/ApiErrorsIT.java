package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile and malformed requests get RFC 9457 problems with the right status, never a trace. */
class ApiErrorsIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private String token;

  @BeforeEach
  void token() throws Exception {
    token = api.adminToken("read-write");
  }

  @Test
  void malformedJsonIs400WithWhereItBroke() throws Exception {
    ApiClient.Reply r = api.call("POST", "/api/v1/metadata/plan", token, "{\"namespace\": ");
    assertThat(r.status()).isIn(400, 422);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    ApiClient.Reply tokens = api.call("POST", "/api/v1/tokens", token, "{\"name\": \"x\",");
    assertThat(tokens.status()).isEqualTo(400);
    assertThat(tokens.json().path("code").asText()).isEqualTo("json.malformed");
    assertThat(tokens.body()).doesNotContain("Exception").doesNotContain("at io.");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
    ApiClient.Reply r = api.call("POST", "/api/v1/tokens", token, huge);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().path("code").asText()).isEqualTo("body.tooLarge");
  }

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    ApiClient.Reply r =
        api.send(
            api.request("/api/v1/tokens")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain")
                .header("Accept-Language", "en")
                .POST(ApiClient.body("name=x")));
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.json().path("code").asText()).isEqualTo("media.unsupported");
    assertThat(r.json().path("detail").asText()).contains("text/plain");
  }

  @Test
  void anUnknownPathIs404AndAWrongMethod405() throws Exception {
    ApiClient.Reply missing = api.get("/api/v1/no-such-thing", token);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    ApiClient.Reply method = api.call("DELETE", "/api/v1/metadata/package", token, null);
    assertThat(method.status()).isEqualTo(405);
  }

  @Test
  void messagesFollowAcceptLanguage() throws Exception {
    ApiClient.Reply en =
        api.send(api.request("/api/v1/metadata/package").header("Accept-Language", "en-US,en"));
    ApiClient.Reply ja =
        api.send(api.request("/api/v1/metadata/package").header("Accept-Language", "ja,en;q=0.5"));
    assertThat(en.json().path("detail").asText()).contains("API token is required");
    assertThat(ja.json().path("detail").asText()).contains("API トークンが必要です");
    assertThat(en.header("Content-Language")).isEqualTo("en");
  }

  @Test
  void aBadQueryParameterIs400NotA404() throws Exception {
    ApiClient.Reply r = api.get("/api/v1/metadata/diff?from=abc&to=2", token);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("code").asText()).isEqualTo("parameter.invalid");
  }
}
