package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The security audit log (issue 9, item 7): an administrator creates, changes, moves, resets and
 * deactivates a user in the console, a login fails, a list is exported; each action is then found
 * in {@code GET /api/v1/audit} and on the console's audit page. A non-administrator gets 403; the
 * last active administrator cannot demote themself.
 */
class SecurityAuditIT {

  private static final String PASSWORD = "tsumugi-pass-2026";
  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  @Test
  void everyAuditedActionIsFoundInTheApiAndOnTheConsolePage() throws Exception {
    String loginId = "audit-" + Long.toString(System.nanoTime(), 36);
    String department = "監査部" + loginId;
    String moveTo = "移動先" + loginId;
    FacesClient admin = new FacesClient(server, "en");
    IdentityAndLoginSecurityIT.logIn(admin, server.adminLogin(), server.adminPassword());
    IdentityAndLoginSecurityIT.createUser(admin, loginId, department);
    String moveToId = createDepartment(admin, moveTo);

    // A failed login of the new user, then the administrator's changes to it.
    IdentityAndLoginSecurityIT.logIn(new FacesClient(server, "en"), loginId, "wrong-password");
    admin.get("/admin/users.xhtml");
    admin.submit("/admin/users.xhtml", "userActions", Map.of("chosen_input", loginId), "edit");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginId", loginId);
    fields.put("displayName", "監査 " + loginId);
    fields.put("email", loginId + "@example.jp");
    fields.put("locale_input", "ja");
    fields.put("department_input", moveToId);
    fields.put("roles", "admin");
    assertThat(admin.submit("/admin/users.xhtml", "userForm", fields, "save").body())
        .contains("User " + loginId + " saved");
    admin.submit(
        "/admin/users.xhtml", "userActions", Map.of("chosen_input", loginId), "resetPassword");
    assertThat(
            admin
                .submit(
                    "/admin/users.xhtml", "userActions", Map.of("chosen_input", loginId), "unlock")
                .body())
        .contains("User " + loginId + " unlocked");
    admin.submit(
        "/admin/users.xhtml", "userActions", Map.of("chosen_input", loginId), "deactivate");

    // A CSV export of the accounts.
    admin.get("/r/list.xhtml?entity=account");
    HttpResponse<String> csv =
        admin.submit("/r/list.xhtml?entity=account", "list", Map.of(), "export");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");

    String token = api.adminToken("read");
    assertThat(actions("/api/v1/audit?kind=login&user=" + loginId, token)).contains("FAILURE");
    List<String> userChanges = details("/api/v1/audit?kind=user&user=admin&pageSize=200", token);
    assertThat(userChanges)
        .contains(
            "user.created " + loginId,
            "user.roles-changed " + loginId + ": [user] → [admin]",
            "user.password-reset " + loginId,
            "user.unlocked " + loginId,
            "user.deactivated " + loginId)
        .anyMatch(
            d -> d.startsWith("user.department-moved " + loginId + ": ") && d.endsWith(moveTo));
    assertThat(details("/api/v1/audit?kind=department&pageSize=200", token))
        .anyMatch(d -> d.contains(department))
        .anyMatch(d -> d.contains(moveTo));
    assertThat(details("/api/v1/audit?kind=export&user=admin", token).get(0))
        .startsWith("export.csv entity=account rows=");
    assertThat(actions("/api/v1/audit?kind=metadata&pageSize=200", token))
        .contains("metadata.applied");

    HttpResponse<String> page = admin.get("/admin/audit.xhtml");
    assertThat(page.body())
        .contains("user.roles-changed", "user.deactivated", "export.csv", "Failed", loginId);
  }

  @Test
  void theApiPagesWithACursorAndRefusesBadParameters() throws Exception {
    String token = api.adminToken("read");
    JsonNode first = api.get("/api/v1/audit?pageSize=2", token).json();
    assertThat(first.path("items")).hasSize(2);
    String cursor = first.path("nextCursor").asText();
    assertThat(cursor).isNotBlank();
    JsonNode second =
        api.get(
                "/api/v1/audit?pageSize=2&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8),
                token)
            .json();
    assertThat(second.path("items").get(0).path("at").asText())
        .isLessThanOrEqualTo(first.path("items").get(1).path("at").asText());
    assertThat(second.path("items").get(0)).isNotEqualTo(first.path("items").get(1));

    ApiClient.Reply badKind = api.get("/api/v1/audit?kind=gossip", token);
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.body()).contains("kind");
    assertThat(api.get("/api/v1/audit?cursor=nonsense", token).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/audit?from=yesterday", token).status()).isEqualTo(400);
  }

  @Test
  void aUserWhoIsNotAnAdministratorGets403() throws Exception {
    String loginId = "reader-" + Long.toString(System.nanoTime(), 36);
    FacesClient admin = new FacesClient(server, "en");
    IdentityAndLoginSecurityIT.logIn(admin, server.adminLogin(), server.adminPassword());
    IdentityAndLoginSecurityIT.createUser(admin, loginId, "閲覧" + loginId);
    ApiClient.Reply created =
        api.send(
            api.request("/api/v1/tokens")
                .header("Authorization", ApiClient.basic(loginId, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(ApiClient.body("{\"name\":\"audit\",\"scope\":\"read\"}")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    ApiClient.Reply refused = api.get("/api/v1/audit", created.json().path("token").asText());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("items");
  }

  @Test
  void theLastActiveAdministratorCannotRemoveTheirOwnAdminRole() throws Exception {
    FacesClient admin = new FacesClient(server, "en");
    IdentityAndLoginSecurityIT.logIn(admin, server.adminLogin(), server.adminPassword());
    admin.get("/admin/users.xhtml");
    HttpResponse<String> editing =
        admin.submit(
            "/admin/users.xhtml",
            "userActions",
            Map.of("chosen_input", server.adminLogin()),
            "edit");
    assertThat(editing.body()).contains("value=\"" + server.adminLogin() + "\"");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginId", server.adminLogin());
    fields.put("displayName", "Administrator");
    fields.put("email", "");
    fields.put("locale_input", "");
    fields.put("department_input", "");
    fields.put("roles", "user");

    HttpResponse<String> refused = admin.submit("/admin/users.xhtml", "userForm", fields, "save");

    assertThat(refused.body()).contains("The last active administrator cannot be deactivated");
    String token = api.adminToken("read");
    assertThat(api.get("/api/v1/audit?kind=login", token).status())
        .as("still an administrator")
        .isEqualTo(200);
  }

  private String createDepartment(FacesClient admin, String name) throws Exception {
    admin.get("/admin/users.xhtml");
    HttpResponse<String> page =
        admin.submit(
            "/admin/users.xhtml",
            "departmentNew",
            Map.of("name", name, "parent_input", ""),
            "create");
    java.util.regex.Matcher option =
        java.util.regex.Pattern.compile(
                "<option value=\"(\\d+)\"[^>]*>"
                    + java.util.regex.Pattern.quote(name)
                    + "</option>")
            .matcher(page.body());
    assertThat(option.find()).isTrue();
    return option.group(1);
  }

  private List<String> actions(String path, String token) throws Exception {
    ApiClient.Reply r = api.get(path, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().path("items").findValuesAsText("action");
  }

  /** "action detail" of each entry. */
  private List<String> details(String path, String token) throws Exception {
    ApiClient.Reply r = api.get(path, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json()
        .path("items")
        .forEach(i -> out.add(i.path("action").asText() + " " + i.path("detail").asText()));
    return out;
  }
}
