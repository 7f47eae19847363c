package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetadataApiMetadataChangeIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private String token;

  @BeforeEach
  void token() throws Exception {
    token = api.adminToken("read-write");
  }

  @Test
  void exportsTheActivePackageWithItsVersionAsETag() throws Exception {
    ApiClient.Reply r = api.get("/api/v1/metadata/package", token);
    assertThat(r.status()).isEqualTo(200);
    int version = Integer.parseInt(r.header("Tsumugi-Metadata-Version"));
    assertThat(r.header("ETag")).isEqualTo("\"metadata-" + version + "\"");
    assertThat(r.json().path("entities").size()).isGreaterThan(0);
  }

  @Test
  void validateReportsProblemsWithPathsAndAValidPackageAsValid() throws Exception {
    String active = api.get("/api/v1/metadata/package", token).body();
    assertThat(
            api.call("POST", "/api/v1/metadata/validate", token, active)
                .json()
                .path("valid")
                .asBoolean())
        .isTrue();
    ApiClient.Reply bad =
        api.call("POST", "/api/v1/metadata/validate", token, "{\"namespace\":\"std\"}");
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.json().path("valid").asBoolean()).isFalse();
    assertThat(bad.json().path("problems").get(0).has("path")).isTrue();
  }

  @Test
  void planThenApplyAddsAFieldAndAStaleBaseVersionIs409() throws Exception {
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ArrayNode fields = (ArrayNode) pkg.path("entities").get(0).path("fields");
    fields
        .addObject()
        .put("id", "it-meta-nickname")
        .put("name", "it_nickname")
        .put("type", "text")
        .putObject("label")
        .put("ja", "愛称")
        .put("en", "Nickname");
    String proposed = ApiClient.JSON.writeValueAsString(pkg);

    ApiClient.Reply plan = api.call("POST", "/api/v1/metadata/plan", token, proposed);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    int base = plan.json().path("baseVersion").asInt();
    assertThat(plan.json().path("changes").findValuesAsText("field")).contains("it_nickname");

    ApiClient.Reply applied =
        api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base, token, proposed);
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    assertThat(applied.json().path("version").asInt()).isEqualTo(base + 1);

    ApiClient.Reply stale =
        api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base, token, proposed);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().path("code").asText()).isEqualTo("version.conflict");

    JsonNode versions = api.get("/api/v1/metadata/versions", token).json();
    assertThat(versions.path("items").get(0).path("version").asInt()).isEqualTo(base + 1);
    JsonNode diff =
        api.get("/api/v1/metadata/diff?from=" + base + "&to=" + (base + 1), token).json();
    assertThat(diff.path("changes").findValuesAsText("field")).contains("it_nickname");
  }

  @Test
  void anUnknownVersionIs404() throws Exception {
    assertThat(api.get("/api/v1/metadata/versions/99999", token).status()).isEqualTo(404);
  }
}
