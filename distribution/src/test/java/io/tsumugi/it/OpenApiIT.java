package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  @Test
  void servesTheOpenApi31DocumentOfTheActiveMetadata() throws Exception {
    ApiClient.Reply r = api.send(api.request("/api/v1/openapi.json"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(r.json().path("paths").has("/v1/records/account")).isTrue();
    assertThat(r.header("ETag")).startsWith("\"openapi-");
  }

  @Test
  void servesTheInteractivePageFromLocalAssetsOnly() throws Exception {
    ApiClient.Reply page = api.send(api.request("/api/docs/"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("http://", "https://");
    ApiClient.Reply bundle = api.send(api.request("/api/docs/swagger-ui-bundle.js"));
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
    assertThat(api.send(api.request("/api/docs/../../WEB-INF/web.xml")).status()).isIn(400, 404);
  }
}
