package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An administrator adds an entity through the metadata API; an integration that knows only the
 * OpenAPI document then creates, reads and updates its records, and every answer matches the
 * document's schemas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomEntityMetadataChangeIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private String token;
  private JsonNode openApi;
  private OpenApiSchemas schemas;

  @BeforeAll
  void addTheEntityThenReadTheDocument() throws Exception {
    token = api.adminToken("read-write");
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ObjectNode entity = ((ArrayNode) pkg.path("entities")).addObject();
    entity.put("id", "it-gadget").put("name", "it_gadget").put("nameField", "title");
    entity.putObject("label").put("ja", "ガジェット").put("en", "Gadget");
    entity.putObject("pluralLabel").put("ja", "ガジェット").put("en", "Gadgets");
    ArrayNode fields = entity.putArray("fields");
    field(fields, "title", "text").put("required", true);
    field(fields, "price", "currency");
    field(fields, "serial", "text").put("unique", true);
    ObjectNode status = field(fields, "status", "picklist");
    ArrayNode values = status.putObject("options").putArray("values");
    values.addObject().put("value", "new").putObject("label").put("ja", "新規").put("en", "New");
    values.addObject().put("value", "sold").putObject("label").put("ja", "販売済").put("en", "Sold");
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    ApiClient.Reply plan = api.call("POST", "/api/v1/metadata/plan", token, proposed);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    ApiClient.Reply applied =
        api.call(
            "POST",
            "/api/v1/metadata/apply?baseVersion=" + plan.json().path("baseVersion").asInt(),
            token,
            proposed);
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);

    ApiClient.Reply doc = api.get("/api/v1/openapi.json", token);
    openApi = doc.json();
    schemas = new OpenApiSchemas(doc.body());
  }

  @Test
  void theDocumentDescribesTheNewEntityWithItsRequiredFieldsAndPicklistValues() {
    JsonNode create = openApi.at("/components/schemas/ItGadgetCreate");
    assertThat(create.path("required").toString()).contains("title");
    assertThat(openApi.at("/components/schemas/ItGadget/properties/status/enum").toString())
        .contains("new", "sold");
    assertThat(openApi.at("/paths/~1v1~1records~1it_gadget/post/operationId").asText())
        .isEqualTo("createItGadget");
  }

  @Test
  void createReadAndUpdateFollowTheDocument() throws Exception {
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put("title", "Ｐｈｏｎｅ X").put("price", 1200).put("status", "new").put("serial", "SN-1");
    assertThat(schemas.errors("ItGadgetCreate", body)).isEmpty();

    String path = "/api" + "/v1/records/it_gadget";
    ApiClient.Reply created = api.call("POST", path, token, body.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(schemas.errors("ItGadget", created.json())).isEmpty();
    assertThat(created.header("Location"))
        .endsWith(path + "/" + created.json().path("id").asLong());
    String etag = created.header("ETag");

    ApiClient.Reply read =
        api.get(created.header("Location").replaceFirst("^https?://[^/]+", ""), token);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(etag);
    assertThat(schemas.errors("ItGadget", read.json())).isEmpty();

    String one = path + "/" + created.json().path("id").asLong();
    ApiClient.Reply patched =
        api.send(
            api.request(one)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .method("PATCH", ApiClient.body("{\"status\":\"sold\"}")));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().path("status").asText()).isEqualTo("sold");
    assertThat(patched.json().path("serial").asText()).isEqualTo("SN-1");
    assertThat(schemas.errors("ItGadget", patched.json())).isEmpty();

    ApiClient.Reply stale =
        api.send(
            api.request(one)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .method("PATCH", ApiClient.body("{\"status\":\"new\"}")));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(schemas.errors("Problem", stale.json())).isEmpty();
  }

  @Test
  void invalidValuesAre422WithOneErrorPerFieldMatchingTheProblemSchema() throws Exception {
    ApiClient.Reply r =
        api.send(
            api.request("/api/v1/records/it_gadget")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(
                    ApiClient.body(
                        "{\"price\":\"lots\",\"status\":\"stolen\",\"colour\":\"red\"}")));
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(schemas.errors("Problem", r.json())).isEmpty();
    List<String> fields = new ArrayList<>(r.json().path("errors").findValuesAsText("field"));
    assertThat(fields).contains("title", "price", "status", "colour");
  }

  @Test
  void bulkUpsertAndHistoryOfTheNewEntityFollowTheDocument() throws Exception {
    assertThat(
            openApi
                .at("/paths/~1v1~1records~1it_gadget~1by~1serial~1{value}/put/operationId")
                .asText())
        .isEqualTo("upsertItGadgetBySerial");
    assertThat(openApi.at("/paths/~1v1~1records~1it_gadget~1by~1title~1{value}").isMissingNode())
        .isTrue();
    ObjectNode bulk = ApiClient.JSON.createObjectNode().put("operation", "create");
    bulk.putArray("records").addObject().put("title", "Bulk A").put("serial", "SN-B1");
    ((ArrayNode) bulk.get("records")).addObject().put("title", "Bulk B").put("price", "１５００");
    assertThat(schemas.errors("BulkRequest", bulk)).isEmpty();
    ApiClient.Reply bulkReply =
        api.call("POST", "/api/v1/records/it_gadget/bulk", token, bulk.toString());
    assertThat(bulkReply.status()).as(bulkReply.body()).isEqualTo(200);
    assertThat(schemas.errors("BulkResult", bulkReply.json())).isEmpty();
    assertThat(schemas.errors("ItGadget", bulkReply.json().at("/results/1/record"))).isEmpty();

    String bySerial = "/api/v1/records/it_gadget/by/serial/SN-B1";
    ApiClient.Reply upserted = api.call("PUT", bySerial, token, "{\"status\":\"sold\"}");
    assertThat(upserted.status()).as(upserted.body()).isEqualTo(200);
    assertThat(schemas.errors("ItGadget", upserted.json())).isEmpty();
    assertThat(upserted.json().path("id").asLong())
        .isEqualTo(bulkReply.json().at("/results/0/id").asLong());
    ApiClient.Reply created =
        api.call("PUT", "/api/v1/records/it_gadget/by/serial/SN-B9", token, "{\"title\":\"U\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(schemas.errors("ItGadget", created.json())).isEmpty();

    ApiClient.Reply history =
        api.get(
            "/api/v1/records/it_gadget/" + created.json().path("id").asLong() + "/history", token);
    assertThat(history.status()).isEqualTo(200);
    assertThat(schemas.errors("FieldHistory", history.json())).isEmpty();
  }

  @Test
  void anUnknownEntityOrRecordIs404() throws Exception {
    assertThat(api.get("/api/v1/records/no_such_entity/1", token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/records/it_gadget/999999999", token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/records/it_gadget/abc", token).status()).isEqualTo(404);
  }

  private static ObjectNode field(ArrayNode fields, String name, String type) {
    ObjectNode f = fields.addObject();
    f.put("id", "it-gadget-" + name).put("name", name).put("type", type);
    f.putObject("label").put("ja", name).put("en", name);
    return f;
  }
}
