package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The archive over HTTP: a field added then deleted through the metadata API is listed under {@code
 * /api/v1/metadata/archive}, purged by an administrator's read-write token (not by a read-only one,
 * not anonymously), and a second purge of the same entry is a 404 problem in the caller's language.
 */
class MetadataArchiveMetadataChangeIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private String token;

  @BeforeEach
  void token() throws Exception {
    token = api.adminToken("read-write");
  }

  private int apply(ObjectNode pkg, String options) throws Exception {
    String body = ApiClient.JSON.writeValueAsString(pkg);
    int base =
        api.call("POST", "/api/v1/metadata/plan", token, body).json().path("baseVersion").asInt();
    ApiClient.Reply r =
        api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base + options, token, body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("version").asInt();
  }

  @Test
  void aDeletedFieldIsListedThenPurgedOnceByAnAdministrator() throws Exception {
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ObjectNode entity = (ObjectNode) pkg.path("entities").get(0);
    String entityName = entity.path("name").asText();
    ArrayNode fields = (ArrayNode) entity.path("fields");
    fields
        .addObject()
        .put("id", "it-archive-old-code")
        .put("name", "it_old_code")
        .put("type", "text")
        .putObject("label")
        .put("ja", "旧コード")
        .put("en", "Old code");
    apply(pkg, "");
    fields.remove(fields.size() - 1);
    int deletedIn = apply(pkg, "&confirmDestructive=true");

    JsonNode listed = api.get("/api/v1/metadata/archive", token).json().path("items");
    JsonNode item = null;
    for (JsonNode i : listed) {
      if ("it_old_code".equals(i.path("field").asText())) {
        item = i;
      }
    }
    assertThat(item).as(listed.toString()).isNotNull();
    assertThat(item.path("kind").asText()).isEqualTo("column");
    assertThat(item.path("entity").asText()).isEqualTo(entityName);
    assertThat(item.path("table").asText()).isEqualTo("crm_" + entityName);
    assertThat(item.path("column").asText()).isEqualTo("zz_it_old_code_v" + deletedIn);
    String path = "/api/v1/metadata/archive/" + item.path("id").asLong();

    assertThat(api.call("DELETE", path, api.adminToken("read"), null).status()).isEqualTo(403);
    assertThat(api.send(api.request(path).DELETE()).status()).isEqualTo(401);
    assertThat(api.call("DELETE", path, token, null).status()).isEqualTo(204);

    ApiClient.Reply again =
        api.send(
            api.request(path)
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "ja")
                .DELETE());
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(again.json().path("code").asText()).isEqualTo("archive.notFound");
    assertThat(again.json().path("title").asText() + again.json().path("detail").asText())
        .contains("アーカイブ");
    assertThat(
            api.get("/api/v1/metadata/archive", token)
                .json()
                .path("items")
                .findValuesAsText("field"))
        .doesNotContain("it_old_code");
  }

  @Test
  void purgingEverythingNeedsConfirmAll() throws Exception {
    ApiClient.Reply r = api.call("DELETE", "/api/v1/metadata/archive", token, null);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("code").asText()).isEqualTo("parameter.invalid");
  }

  @Test
  void aReadOnlyTokenMayListButAnonymousCallersMayNot() throws Exception {
    assertThat(api.get("/api/v1/metadata/archive", api.adminToken("read")).status()).isEqualTo(200);
    assertThat(api.send(api.request("/api/v1/metadata/archive")).status()).isEqualTo(401);
  }
}
