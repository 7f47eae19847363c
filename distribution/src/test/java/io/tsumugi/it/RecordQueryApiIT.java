package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding and deleting records over the REST API, on the standard account entity. */
class RecordQueryApiIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private final String unique = UUID.randomUUID().toString().substring(0, 8);
  private String token;

  @BeforeEach
  void token() throws Exception {
    token = api.adminToken("read-write");
  }

  private long createAccount(String name) throws Exception {
    ApiClient.Reply r =
        api.call("POST", "/api/v1/records/account", token, "{\"name\":\"" + name + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private static String filter(String json) {
    return URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.path("items").forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  @Test
  void filterSortAndCursorPagesFindTheRecords() throws Exception {
    createAccount("検索A社" + unique);
    createAccount("検索B社" + unique);
    createAccount("検索C社" + unique);
    String contains = "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"" + unique + "\"}";

    ApiClient.Reply first =
        api.get("/api/v1/records/account?sort=-name&pageSize=2&filter=" + filter(contains), token);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(names(first.json())).containsExactly("検索C社" + unique, "検索B社" + unique);
    assertThat(first.json().path("total").asInt()).isEqualTo(3);
    assertThat(first.json().path("totalCapped").asBoolean()).isFalse();
    String cursor = first.json().path("nextCursor").asText();
    ApiClient.Reply second =
        api.get(
            "/api/v1/records/account?sort=-name&pageSize=2&filter="
                + filter(contains)
                + "&cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
            token);
    assertThat(names(second.json())).containsExactly("検索A社" + unique);

    ApiClient.Reply posted =
        api.call(
            "POST",
            "/api/v1/records/account/query",
            token,
            "{\"filter\":" + contains + ",\"sort\":[{\"field\":\"name\",\"direction\":\"asc\"}]}");
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    assertThat(names(posted.json())).first().isEqualTo("検索A社" + unique);
  }

  @Test
  void filterOnAFieldThatCannotBeFilteredIsRefusedNamingTheField() throws Exception {
    ApiClient.Reply r =
        api.get(
            "/api/v1/records/account?filter="
                + filter("{\"field\":\"description\",\"op\":\"eq\",\"value\":\"x\"}"),
            token);

    assertThat(r.status()).isEqualTo(422);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body()).contains("description");
  }

  @Test
  void filterThatIsNotJsonIsABadRequest() throws Exception {
    ApiClient.Reply r = api.get("/api/v1/records/account?filter=" + filter("{nope"), token);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("code").asText()).isEqualTo("filter.notJson");
  }

  @Test
  void deletedRecordIsGoneAndAReferencedOneIsRefusedWithACount() throws Exception {
    long lonely = createAccount("削除API社" + unique);
    long busy = createAccount("取引中API社" + unique);
    ApiClient.Reply deal =
        api.call(
            "POST",
            "/api/v1/records/opportunity",
            token,
            "{\"name\":\"API商談"
                + unique
                + "\",\"account\":"
                + busy
                + ",\"stage\":\"proposal\",\"close_date\":\"2026-12-25\"}");
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);

    assertThat(api.call("DELETE", "/api/v1/records/account/" + lonely, token, null).status())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/records/account/" + lonely, token).status()).isEqualTo(404);

    ApiClient.Reply refused = api.call("DELETE", "/api/v1/records/account/" + busy, token, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("code").asText()).isEqualTo("record.referenced");
    assertThat(api.get("/api/v1/records/account/" + busy, token).status()).isEqualTo(200);
  }
}
