package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Related records, field history and the telephony phone look-up over HTTP, on the standard
 * package; every answer is checked against the server's OpenAPI document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedHistoryPhoneApiIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private String token;
  private OpenApiSchemas schemas;

  @BeforeAll
  void tokenAndDocument() throws Exception {
    token = api.adminToken("read-write");
    schemas = new OpenApiSchemas(api.get("/api/v1/openapi.json", token).body());
  }

  private long create(String entity, String json) throws Exception {
    ApiClient.Reply r = api.call("POST", "/api/v1/records/" + entity, token, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.path("items").forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  @Test
  void theContactsOfAnAccountComePageByPage() throws Exception {
    long account = create("account", "{\"name\":\"関連商事\"}");
    long other = create("account", "{\"name\":\"無関係商事\"}");
    long c1 = create("contact", "{\"last_name\":\"一\",\"account\":" + account + "}");
    long c2 = create("contact", "{\"last_name\":\"二\",\"account\":" + account + "}");
    long c3 = create("contact", "{\"last_name\":\"三\",\"account\":" + account + "}");
    create("contact", "{\"last_name\":\"他\",\"account\":" + other + "}");
    String base = "/api/v1/records/account/" + account + "/related/contact";

    ApiClient.Reply first = api.get(base + "?pageSize=2", token);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(schemas.errors("ContactPage", first.json())).isEmpty();
    assertThat(ids(first.json())).containsExactly(c1, c2);
    assertThat(first.json().path("total").asInt()).isEqualTo(3);
    String cursor = first.json().path("nextCursor").asText();
    ApiClient.Reply second =
        api.get(
            base
                + "?via=account&pageSize=2&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
            token);
    assertThat(ids(second.json())).containsExactly(c3);
    assertThat(ids(api.get(base + "?sort=-last_name", token).json())).hasSize(3);
  }

  @Test
  void relatedRefusesUnknownRecordsRelationsAndLookups() throws Exception {
    long account = create("account", "{\"name\":\"関連なし\"}");
    String base = "/api/v1/records/account/";
    assertThat(api.get(base + "999999999/related/contact", token).status()).isEqualTo(404);
    ApiClient.Reply none = api.get(base + account + "/related/product", token);
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().path("code").asText()).isEqualTo("related.none");
    ApiClient.Reply via = api.get(base + account + "/related/contact?via=owner", token);
    assertThat(via.status()).isEqualTo(400);
    assertThat(schemas.errors("Problem", via.json())).isEmpty();
    assertThat(api.get(base + account + "/related/no_such", token).status()).isEqualTo(404);
    assertThat(api.get(base + account + "/related/contact?pageSize=0", token).status())
        .isEqualTo(400);
  }

  @Test
  void theHistoryOfARecordListsWhoChangedWhatNewestFirst() throws Exception {
    long id = create("account", "{\"name\":\"旧社名\"}");
    String one = "/api/v1/records/account/" + id;
    assertThat(api.call("PATCH", one, token, "{\"name\":\"中社名\"}").status()).isEqualTo(200);
    assertThat(api.call("PATCH", one, token, "{\"name\":\"新社名\"}").status()).isEqualTo(200);

    ApiClient.Reply first = api.get(one + "/history?pageSize=1", token);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(schemas.errors("FieldHistory", first.json())).isEmpty();
    JsonNode newest = first.json().at("/items/0");
    assertThat(newest.path("field").asText()).isEqualTo("name");
    assertThat(newest.path("oldValue").asText()).isEqualTo("中社名");
    assertThat(newest.path("newValue").asText()).isEqualTo("新社名");
    assertThat(newest.path("changedByLogin").asText()).isEqualTo(server.adminLogin());
    assertThat(newest.path("changedAt").asText()).endsWith("Z");

    ApiClient.Reply rest =
        api.get(one + "/history?cursor=" + first.json().path("nextCursor").asText(), token);
    assertThat(schemas.errors("FieldHistory", rest.json())).isEmpty();
    assertThat(rest.json().at("/items/0/newValue").asText()).isEqualTo("中社名");
    assertThat(rest.json().path("items")).hasSize(1);
    assertThat(rest.json().path("nextCursor").isNull()).isTrue();

    assertThat(api.get("/api/v1/records/account/999999999/history", token).status()).isEqualTo(404);
    assertThat(api.get(one + "/history?cursor=abc", token).status()).isEqualTo(400);
    assertThat(api.get(one + "/history?pageSize=1000", token).status()).isEqualTo(400);
  }

  @Test
  void aPhoneNumberWrittenAnyWayFindsTheAccountContactAndLead() throws Exception {
    String digits = Integer.toString(ThreadLocalRandom.current().nextInt(100, 1000));
    String four = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10000));
    String national = "03-5" + digits + "-" + four;
    long account = create("account", "{\"name\":\"電話商事\",\"phone\":\"035" + digits + four + "\"}");
    String fullWidth =
        ("０３−５" + digits + "−" + four)
            .chars()
            .mapToObj(
                c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '０')) : "" + (char) c)
            .reduce("", String::concat);
    long contact = create("contact", "{\"last_name\":\"電話\",\"mobile\":\"" + fullWidth + "\"}");
    long lead =
        create(
            "sales_lead",
            "{\"name\":\"電話リード\",\"status\":\"new\",\"phone\":\"+81 3 5"
                + digits
                + " "
                + four
                + "\"}");

    for (String written : List.of(national, "+81-3-5" + digits + "-" + four, fullWidth)) {
      ApiClient.Reply r =
          api.get(
              "/api/v1/phone-lookup?number=" + URLEncoder.encode(written, StandardCharsets.UTF_8),
              token);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(schemas.errors("PhoneMatches", r.json())).isEmpty();
      assertThat(r.json().path("normalized").asText()).isEqualTo(national);
      List<String> found = new ArrayList<>();
      r.json()
          .path("matches")
          .forEach(
              m ->
                  found.add(
                      m.path("entity").asText()
                          + "/"
                          + m.path("id").asLong()
                          + "/"
                          + m.path("field").asText()));
      assertThat(found)
          .as(written)
          .containsExactlyInAnyOrder(
              "account/" + account + "/phone",
              "contact/" + contact + "/mobile",
              "sales_lead/" + lead + "/phone");
    }
  }

  @Test
  void aPhoneLookupWithoutAPhoneNumberIs400() throws Exception {
    ApiClient.Reply r =
        api.send(
            api.request("/api/v1/phone-lookup?number=hello")
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(schemas.errors("Problem", r.json())).isEmpty();
    assertThat(r.json().path("code").asText()).isEqualTo("phone.invalid");
    assertThat(api.get("/api/v1/phone-lookup", token).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/phone-lookup?number=0312345678", null).status()).isEqualTo(401);
  }
}
