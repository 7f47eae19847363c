package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bulk create/update and upsert by a unique field over HTTP, on the standard package; every answer
 * is checked against the server's OpenAPI document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkAndUpsertApiIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private String token;
  private OpenApiSchemas schemas;

  @BeforeAll
  void tokenAndDocument() throws Exception {
    token = api.adminToken("read-write");
    schemas = new OpenApiSchemas(api.get("/api/v1/openapi.json", token).body());
  }

  private ApiClient.Reply bulk(String body, String language) throws Exception {
    return api.send(
        api.request("/api/v1/records/account/bulk")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(ApiClient.body(body)));
  }

  private long accountsNamed(String text) throws Exception {
    String filter = "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"" + text + "\"}";
    ApiClient.Reply r =
        api.get(
            "/api/v1/records/account?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
            token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("total").asLong();
  }

  private static List<String> fields(JsonNode problem) {
    return problem.path("errors").findValuesAsText("field");
  }

  @Test
  void anAtomicBulkCreateWritesEveryRecordAndAnswersOneResultEach() throws Exception {
    String tag = "一括" + unique;
    ApiClient.Reply r =
        bulk(
            "{\"operation\":\"create\",\"records\":[{\"name\":\""
                + tag
                + "1\"},{\"name\":\""
                + tag
                + "2\",\"employees\":\"１２\"},{\"name\":\""
                + tag
                + "3\"}]}",
            "ja");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(schemas.errors("BulkResult", r.json())).isEmpty();
    assertThat(r.json().path("results").findValuesAsText("status"))
        .containsExactly("201", "201", "201");
    assertThat(r.json().at("/results/1/record/employees").asInt()).isEqualTo(12);
    long id = r.json().at("/results/2/id").asLong();
    assertThat(api.get("/api/v1/records/account/" + id, token).status()).isEqualTo(200);
    assertThat(accountsNamed(tag)).isEqualTo(3);
  }

  @Test
  void anAtomicBulkWithBadRecordsWritesNothingAndNamesEachErrorByJsonPointer() throws Exception {
    String tag = "不可分" + unique;
    ApiClient.Reply r =
        bulk(
            "{\"operation\":\"create\",\"atomic\":true,\"records\":[{\"name\":\""
                + tag
                + "1\"},{\"employees\":\"many\"},{\"name\":\""
                + tag
                + "3\",\"colour\":\"red\"}]}",
            "en");

    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(schemas.errors("Problem", r.json())).isEmpty();
    assertThat(r.json().path("code").asText()).isEqualTo("bulk.failed");
    assertThat(fields(r.json()))
        .containsExactlyInAnyOrder("/records/1/name", "/records/1/employees", "/records/2/colour");
    assertThat(r.json().path("detail").asText()).contains("none was written");
    assertThat(accountsNamed(tag)).isZero();
  }

  @Test
  void perRecordResultsWriteTheGoodRecordsAndExplainTheOthers() throws Exception {
    String tag = "個別" + unique;
    ApiClient.Reply r =
        bulk(
            "{\"operation\":\"create\",\"atomic\":false,\"records\":[{\"name\":\""
                + tag
                + "1\"},{\"name\":\""
                + tag
                + "2\",\"phone\":\"12\"}]}",
            "ja");

    assertThat(r.status()).as(r.body()).isEqualTo(207);
    assertThat(schemas.errors("BulkResult", r.json())).isEmpty();
    assertThat(r.json().at("/results/0/status").asInt()).isEqualTo(201);
    assertThat(r.json().at("/results/1/status").asInt()).isEqualTo(422);
    assertThat(r.json().at("/results/1/errors/0/field").asText()).isEqualTo("/records/1/phone");
    assertThat(r.json().at("/results/1/errors/0/message").asText()).contains("電話番号");
    assertThat(r.json().path("succeeded").asInt()).isEqualTo(1);
    assertThat(accountsNamed(tag)).isEqualTo(1);
  }

  @Test
  void aBulkUpdateReportsUpdatedMissingAndStaleRecords() throws Exception {
    ApiClient.Reply created =
        bulk(
            "{\"operation\":\"create\",\"records\":[{\"name\":\"更新A"
                + unique
                + "\"},{\"name\":\"更新B"
                + unique
                + "\"}]}",
            "ja");
    long a = created.json().at("/results/0/id").asLong();
    long b = created.json().at("/results/1/id").asLong();

    ApiClient.Reply r =
        bulk(
            "{\"operation\":\"update\",\"atomic\":false,\"records\":[{\"id\":"
                + a
                + ",\"version\":1,\"employees\":7},{\"id\":999999999,\"employees\":1},{\"id\":"
                + b
                + ",\"version\":9,\"employees\":2}]}",
            "en");

    assertThat(r.status()).as(r.body()).isEqualTo(207);
    assertThat(schemas.errors("BulkResult", r.json())).isEmpty();
    assertThat(r.json().path("results").findValuesAsText("status"))
        .containsExactly("200", "404", "409");
    assertThat(r.json().at("/results/0/record/employees").asInt()).isEqualTo(7);
    assertThat(r.json().at("/results/1/errors/0/field").asText()).isEqualTo("/records/1/id");
    assertThat(api.get("/api/v1/records/account/" + b, token).json().path("employees").isNull())
        .isTrue();
  }

  @Test
  void moreThanTwoHundredRecordsIs413AndWritesNothing() throws Exception {
    ObjectNode body = ApiClient.JSON.createObjectNode().put("operation", "create");
    ArrayNode records = body.putArray("records");
    for (int i = 0; i < 201; i++) {
      records.addObject().put("name", "多すぎ" + unique + "-" + i);
    }
    ApiClient.Reply r = bulk(body.toString(), "en");

    assertThat(r.status()).as(r.body()).isEqualTo(413);
    assertThat(schemas.errors("Problem", r.json())).isEmpty();
    assertThat(r.json().path("code").asText()).isEqualTo("bulk.tooMany");
    assertThat(r.json().path("detail").asText()).contains("200");
    assertThat(accountsNamed("多すぎ" + unique)).isZero();
  }

  @Test
  void aMalformedBulkIs400NamingEachProblemByPointer() throws Exception {
    ApiClient.Reply r =
        bulk("{\"operation\":\"delete\",\"atomic\":\"yes\",\"records\":[1],\"extra\":1}", "en");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(schemas.errors("Problem", r.json())).isEmpty();
    assertThat(fields(r.json())).contains("/operation", "/atomic", "/extra");

    ApiClient.Reply items =
        bulk(
            "{\"operation\":\"update\",\"records\":[\"x\",{\"name\":\"n\"},{\"id\":\"seven\"},"
                + "{\"id\":1,\"name\":{\"a\":1}}]}",
            "en");
    assertThat(items.status()).as(items.body()).isEqualTo(400);
    assertThat(fields(items.json()))
        .containsExactlyInAnyOrder(
            "/records/0", "/records/1/id", "/records/2/id", "/records/3/name");
    assertThat(bulk("{\"operation\":\"create\",\"records\":[]}", "en").status()).isEqualTo(400);
    assertThat(bulk("[1,2]", "en").status()).isEqualTo(400);
  }

  @Test
  void aReadOnlyTokenCannotBulkWrite() throws Exception {
    ApiClient.Reply r =
        api.call(
            "POST",
            "/api/v1/records/account/bulk",
            api.adminToken("read"),
            "{\"operation\":\"create\",\"records\":[{\"name\":\"x\"}]}");
    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void upsertByAUniqueFieldCreatesThenUpdatesTheSameRecord() throws Exception {
    String path = "/api/v1/records/product/by/product_code/UP-" + unique;
    ApiClient.Reply created =
        api.call("PUT", path, token, "{\"name\":\"上書き\",\"unit_price\":1000}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(schemas.errors("Product", created.json())).isEmpty();
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location")).endsWith("/api/v1/records/product/" + id);
    assertThat(created.json().path("product_code").asText()).isEqualTo("UP-" + unique);

    ApiClient.Reply updated = api.call("PUT", path, token, "{\"unit_price\":\"２０００\"}");
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(schemas.errors("Product", updated.json())).isEmpty();
    assertThat(updated.json().path("id").asLong()).isEqualTo(id);
    assertThat(updated.json().path("name").asText()).isEqualTo("上書き");
    assertThat(updated.json().path("unit_price").decimalValue().intValue()).isEqualTo(2000);
    assertThat(updated.header("ETag")).isEqualTo("\"v2\"");

    ApiClient.Reply stale =
        api.send(
            api.request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"v1\"")
                .PUT(ApiClient.body("{\"unit_price\":1}")));
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);

    ApiClient.Reply noSuchRecord =
        api.send(
            api.request("/api/v1/records/product/by/product_code/NONE-" + unique)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"v1\"")
                .PUT(ApiClient.body("{\"name\":\"x\"}")));
    assertThat(noSuchRecord.status()).as(noSuchRecord.body()).isEqualTo(412);
    ApiClient.Reply notCreated =
        api.call(
            "POST",
            "/api/v1/records/product/query",
            token,
            "{\"filter\":{\"field\":\"product_code\",\"op\":\"eq\",\"value\":\"NONE-"
                + unique
                + "\"}}");
    assertThat(notCreated.status()).as(notCreated.body()).isEqualTo(200);
    assertThat(notCreated.json().path("items").size()).isZero();
  }

  @Test
  void upsertRefusesFieldsThatCannotIdentifyOneRecord() throws Exception {
    ApiClient.Reply notUnique =
        api.send(
            api.request("/api/v1/records/product/by/name/Widget")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .PUT(ApiClient.body("{}")));
    assertThat(notUnique.status()).as(notUnique.body()).isEqualTo(422);
    assertThat(schemas.errors("Problem", notUnique.json())).isEmpty();
    assertThat(notUnique.json().at("/errors/0/code").asText()).isEqualTo("upsert.fieldNotUnique");
    assertThat(notUnique.json().at("/errors/0/message").asText()).contains("product_code");

    ApiClient.Reply unknown = api.call("PUT", "/api/v1/records/product/by/colour/red", token, "{}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().at("/errors/0/code").asText()).isEqualTo("field.unknown");
  }

  @Test
  void upsertWithWrongTypesOrADifferentKeyInTheBodyIs422() throws Exception {
    String path = "/api/v1/records/product/by/product_code/BAD-" + unique;
    ApiClient.Reply wrongType =
        api.call(
            "PUT", path, token, "{\"name\":\"x\",\"unit_price\":\"lots\",\"active\":\"maybe\"}");
    assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(422);
    assertThat(fields(wrongType.json())).contains("unit_price", "active");

    ApiClient.Reply mismatch =
        api.call("PUT", path, token, "{\"name\":\"x\",\"product_code\":\"OTHER-1\"}");
    assertThat(mismatch.status()).as(mismatch.body()).isEqualTo(422);
    assertThat(mismatch.json().at("/errors/0/code").asText()).isEqualTo("upsert.keyMismatch");
    assertThat(api.call("PUT", path, token, "not json").status()).isEqualTo(400);
  }
}
