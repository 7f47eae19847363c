package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiTokensIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  @Test
  void createsATokenWithTheLoginPasswordAndShowsItsSecretOnlyOnce() throws Exception {
    String token = api.adminToken("read");
    assertThat(token).startsWith("tsu_").hasSize(47);
    ApiClient.Reply created =
        api.send(
            api.request("/api/v1/tokens")
                .header("Authorization", "Bearer " + api.adminToken("read-write"))
                .header("Content-Type", "application/json")
                .POST(ApiClient.body("{\"name\":\"shown once\"}")));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Cache-Control")).contains("no-store");
    assertThat(created.json().path("scope").asText()).isEqualTo("read");

    ApiClient.Reply list = api.get("/api/v1/tokens", token);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(token);
    assertThat(list.json().path("items").findValuesAsText("tokenPrefix"))
        .contains(token.substring(0, 10));
  }

  @Test
  void refusesAWrongPasswordWith401AndAChallenge() throws Exception {
    ApiClient.Reply r =
        api.send(
            api.request("/api/v1/tokens")
                .header("Authorization", ApiClient.basic("admin", "wrong"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(ApiClient.body("{\"name\":\"x\"}")));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().path("code").asText()).isEqualTo("auth.invalidLogin");
  }

  @Test
  void refusesRequestsWithoutOrWithAnUnknownToken() throws Exception {
    assertThat(api.send(api.request("/api/v1/metadata/package")).status()).isEqualTo(401);
    ApiClient.Reply r = api.get("/api/v1/metadata/package", "tsu_" + "A".repeat(43));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("code").asText()).isEqualTo("auth.invalidToken");
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() throws Exception {
    String token = api.newToken("read-write");
    assertThat(api.get("/api/v1/metadata/package", token).status()).isEqualTo(200);
    long id = api.get("/api/v1/tokens", token).json().path("items").get(0).path("id").asLong();

    assertThat(api.call("DELETE", "/api/v1/tokens/" + id, token, null).status()).isEqualTo(204);

    assertThat(api.get("/api/v1/metadata/package", token).status()).isEqualTo(401);
  }

  @Test
  void aReadTokenCannotWrite() throws Exception {
    String token = api.adminToken("read");
    ApiClient.Reply r = api.call("POST", "/api/v1/metadata/apply?baseVersion=1", token, "{}");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().path("code").asText()).isEqualTo("auth.readOnlyToken");
  }

  @Test
  void tokenRequestWithUnknownPropertiesOrABadScopeIs422WithOneErrorPerField() throws Exception {
    String token = api.adminToken("read-write");
    ApiClient.Reply r =
        api.send(
            api.request("/api/v1/tokens")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ja")
                .POST(ApiClient.body("{\"name\":\"\",\"scope\":\"admin\",\"colour\":1}")));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.header("Content-Language")).isEqualTo("ja");
    assertThat(r.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("/colour", "/name", "/scope");
  }
}
