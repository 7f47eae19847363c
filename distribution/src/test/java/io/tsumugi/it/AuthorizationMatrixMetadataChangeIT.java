package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix (issue 9): entity × user × visibility default × get / list / update /
 * delete / export, through REST and the screens, against a reference model written here in plain
 * Java (it calls no production access code). Departments 本社 → 東京営業部 → 第一課 and 大阪営業部 (under 本社), one
 * user without department; every user has role {@code user}. After every refusal the stored row is
 * read again (JDBC on PostgreSQL; on H2, whose file the server holds, through the administrator's
 * API) and must be unchanged.
 */
class AuthorizationMatrixMetadataChangeIT {

  private static final String PASSWORD = "matrix-pass-2026";
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  /** The visibility default of each entity in the matrix (task is left unlisted). */
  private static final Map<String, String> VISIBILITY =
      Map.of(
          "sales_lead", "private",
          "account", "department",
          "campaign", "publicRead",
          "task", "publicReadWrite");

  private static final List<String> ENTITIES = List.of("sales_lead", "account", "campaign", "task");

  /** Department → parent (the reference tree, by key). */
  private static final Map<String, String> PARENT = new LinkedHashMap<>();

  /** User key → department key (null: none). */
  private static final Map<String, String> DEPARTMENT_OF = new LinkedHashMap<>();

  static {
    PARENT.put("hq", null);
    PARENT.put("tokyo", "hq");
    PARENT.put("first", "tokyo");
    PARENT.put("osaka", "hq");
    DEPARTMENT_OF.put("hq", "hq");
    DEPARTMENT_OF.put("tokyo", "tokyo");
    DEPARTMENT_OF.put("first", "first");
    DEPARTMENT_OF.put("first2", "first");
    DEPARTMENT_OF.put("osaka", "osaka");
    DEPARTMENT_OF.put("nodept", null);
  }

  private static final RunningServer server = RunningServer.get();
  private static final ApiClient api = new ApiClient(server);
  private static String admin;
  private static final Map<String, String> tokens = new LinkedHashMap<>();
  private static final Map<String, String> departmentNames = new LinkedHashMap<>();

  /** A record of the matrix: who owns it and what the sharing rules look at. */
  record Rec(String entity, long id, String owner, String name, String leadSource) {}

  // ---------------------------------------------------------------- the reference model

  /** Whether department {@code d} is {@code ancestor} or below it. */
  static boolean within(String d, String ancestor) {
    for (String x = d; x != null; x = PARENT.get(x)) {
      if (x.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code d} is strictly below {@code ancestor}. */
  static boolean below(String d, String ancestor) {
    return d != null && !d.equals(ancestor) && within(d, ancestor);
  }

  /** The sharing rules of the metadata below, evaluated by hand: read, or read/write. */
  static String shared(String user, Rec r) {
    String d = DEPARTMENT_OF.get(user);
    if (r.entity().equals("sales_lead") && "web_form".equals(r.leadSource()) && "osaka".equals(d)) {
      return "read";
    }
    if (r.entity().equals("account")
        && r.name().startsWith("共有")
        && d != null
        && within(d, "tokyo")) {
      return "readWrite";
    }
    return null;
  }

  static boolean canRead(String user, Rec r) {
    String v = VISIBILITY.get(r.entity());
    String mine = DEPARTMENT_OF.get(user);
    String owners = DEPARTMENT_OF.get(r.owner());
    if (v.startsWith("public") || user.equals(r.owner()) || shared(user, r) != null) {
      return true;
    }
    if (mine == null || owners == null) {
      return false;
    }
    return v.equals("department") ? within(owners, mine) : below(owners, mine);
  }

  static boolean canWrite(String user, Rec r) {
    String v = VISIBILITY.get(r.entity());
    String mine = DEPARTMENT_OF.get(user);
    String owners = DEPARTMENT_OF.get(r.owner());
    if (v.equals("publicReadWrite")
        || user.equals(r.owner())
        || "readWrite".equals(shared(user, r))) {
      return true;
    }
    if (v.equals("private") || mine == null || owners == null) {
      return false;
    }
    return within(owners, mine);
  }

  static boolean canExport(String entity) {
    return !entity.equals("campaign");
  }

  // ---------------------------------------------------------------- set-up

  @BeforeAll
  static void departmentsUsersAndMetadata() throws Exception {
    admin = api.adminToken("read-write");
    FacesClient console = new FacesClient(server, "en");
    IdentityAndLoginSecurityIT.logIn(console, server.adminLogin(), server.adminPassword());
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> label =
        Map.of("hq", "本社", "tokyo", "東京営業部", "first", "第一課", "osaka", "大阪営業部");
    for (String d : PARENT.keySet()) {
      String name = label.get(d) + "-" + RUN;
      departmentNames.put(d, name);
      ids.put(d, department(console, name, PARENT.get(d) == null ? "" : ids.get(PARENT.get(d))));
    }
    for (Map.Entry<String, String> u : DEPARTMENT_OF.entrySet()) {
      String login = login(u.getKey());
      user(console, login, u.getValue() == null ? "" : ids.get(u.getValue()));
      ApiClient.Reply t =
          api.send(
              api.request("/api/v1/tokens")
                  .header("Authorization", ApiClient.basic(login, PASSWORD))
                  .header("Content-Type", "application/json")
                  .POST(ApiClient.body("{\"name\":\"matrix\",\"scope\":\"read-write\"}")));
      assertThat(t.status()).as(t.body()).isEqualTo(201);
      tokens.put(u.getKey(), t.json().path("token").asText());
    }
    applySecurity();
  }

  static String login(String key) {
    return "mx-" + key + "-" + RUN;
  }

  private static String department(FacesClient console, String name, String parentId)
      throws Exception {
    console.get("/admin/users.xhtml");
    HttpResponse<String> page =
        console.submit(
            "/admin/users.xhtml",
            "departmentNew",
            Map.of("name", name, "parent_input", parentId),
            "create");
    Matcher option =
        // Options read as paths ("本社 / 東京営業部"): the new one is the path ending in its name.
        Pattern.compile(
                "<option value=\"(\\d+)\"[^>]*>(?:[^<]* / )?" + Pattern.quote(name) + "</option>")
            .matcher(page.body());
    assertThat(option.find()).as("department " + name + " created").isTrue();
    return option.group(1);
  }

  private static void user(FacesClient console, String login, String departmentId)
      throws Exception {
    console.get("/admin/users.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginId", login);
    fields.put("displayName", login);
    fields.put("email", login + "@example.jp");
    fields.put("locale_input", "ja");
    fields.put("department_input", departmentId);
    fields.put("roles", "user");
    fields.put("password", PASSWORD);
    HttpResponse<String> saved = console.submit("/admin/users.xhtml", "userForm", fields, "save");
    assertThat(saved.body()).contains("User " + login + " created.");
  }

  /** Visibility defaults, the standard user's permissions and two sharing rules. */
  private static void applySecurity() throws Exception {
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", admin).json();
    ObjectNode security = pkg.putObject("security");
    ObjectNode visibility = security.putObject("visibility");
    VISIBILITY.forEach(
        (e, v) -> {
          if (!v.equals("publicReadWrite")) {
            visibility.put(e, v);
          }
        });
    ObjectNode set = security.putArray("permissionSets").addObject();
    set.put("name", "standard_user");
    set.putObject("label").put("ja", "標準ユーザー").put("en", "Standard user");
    set.putArray("roles").add("user");
    ObjectNode entities = set.putObject("entities");
    crud(entities.putObject("*"), true);
    crud(entities.putObject("campaign"), false);
    set.putObject("fields")
        .putObject("account")
        .put("annual_revenue", "none")
        .put("employees", "read");
    ArrayNode rules = security.putArray("sharingRules");
    ObjectNode web = rules.addObject();
    web.put("name", "web_leads_to_osaka").put("entity", "sales_lead").put("access", "read");
    web.putObject("label").put("ja", "Web リードを大阪へ").put("en", "Web leads to Osaka");
    web.putArray("filters")
        .addObject()
        .put("field", "lead_source")
        .put("operator", "eq")
        .put("value", "web_form");
    web.putObject("shareWith").put("department", departmentNames.get("osaka"));
    ObjectNode common = rules.addObject();
    common.put("name", "shared_accounts").put("entity", "account").put("access", "readWrite");
    common.putObject("label").put("ja", "共有取引先").put("en", "Shared accounts");
    common
        .putArray("filters")
        .addObject()
        .put("field", "name")
        .put("operator", "starts_with")
        .put("value", "共有");
    common
        .putObject("shareWith")
        .put("department", departmentNames.get("tokyo"))
        .put("includeSubDepartments", true);
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    ApiClient.Reply plan = api.call("POST", "/api/v1/metadata/plan", admin, proposed);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    assertThat(plan.json().path("changes").findValuesAsText("kind")).contains("change_security");
    int base = plan.json().path("baseVersion").asInt();
    ApiClient.Reply applied =
        api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base, admin, proposed);
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
  }

  private static void crud(ObjectNode p, boolean export) {
    p.put("create", true).put("read", true).put("update", true).put("delete", true);
    p.put("import", true).put("export", export);
  }

  // ---------------------------------------------------------------- helpers

  private static ApiClient.Reply call(String user, String method, String path, String json)
      throws Exception {
    return withinRateLimit(tokens.get(user), method, path, json);
  }

  /**
   * Calls the API; a 429 (hundreds of calls on one token) is waited out, not counted as a reply.
   */
  private static ApiClient.Reply withinRateLimit(
      String token, String method, String path, String json) throws Exception {
    for (int attempt = 0; ; attempt++) {
      ApiClient.Reply r = api.call(method, path, token, json);
      if (r.status() != 429 || attempt == 5) {
        return r;
      }
      Thread.sleep(1000);
    }
  }

  private static Rec create(String owner, String entity, String name, String leadSource)
      throws Exception {
    ObjectNode body = ApiClient.JSON.createObjectNode();
    body.put(entity.equals("task") ? "subject" : "name", name);
    if (entity.equals("sales_lead")) {
      body.put("lead_source", leadSource);
      body.put("phone", "06-7777-" + String.format("%04d", Math.abs(name.hashCode()) % 10000));
    }
    ApiClient.Reply r = call(owner, "POST", "/api/v1/records/" + entity, body.toString());
    assertThat(r.status()).as(owner + " creates " + entity + ": " + r.body()).isEqualTo(201);
    return new Rec(entity, r.json().path("id").asLong(), owner, name, leadSource);
  }

  /** The stored row as (version, description-like field), read around the services. */
  private static String row(Rec r) throws Exception {
    String column = r.entity().equals("task") ? "subject" : "name";
    TestDatabase db = server.database();
    if (db.kind().equals("postgresql")) {
      try (Connection c =
              DriverManager.getConnection(
                  db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=tsumugi_it",
                  db.user(),
                  db.password());
          PreparedStatement ps =
              c.prepareStatement(
                  "SELECT version, " + column + " FROM crm_" + r.entity() + " WHERE id = ?")) {
        ps.setLong(1, r.id());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) + "|" + rs.getString(2) : "gone";
        }
      }
    }
    ApiClient.Reply a =
        withinRateLimit(admin, "GET", "/api/v1/records/" + r.entity() + "/" + r.id(), null);
    return a.status() == 404
        ? "gone"
        : a.json().path("version").asLong() + "|" + a.json().path(column).asText();
  }

  /** Whether the record comes back in the user's list filtered by its id (the count too). */
  private static boolean listed(String user, Rec r) throws Exception {
    ObjectNode q = ApiClient.JSON.createObjectNode();
    q.putObject("filter").put("field", "id").put("op", "eq").put("value", r.id());
    ApiClient.Reply page =
        call(user, "POST", "/api/v1/records/" + r.entity() + "/query", q.toString());
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    int total = page.json().path("total").asInt();
    assertThat(page.json().path("items").size()).isEqualTo(total);
    return total == 1;
  }

  // ---------------------------------------------------------------- the matrix

  @Test
  void getListAndUpdateFollowTheReferenceModelAndRefusalsChangeNothing() throws Exception {
    List<Rec> recs = new ArrayList<>();
    for (String entity : ENTITIES) {
      for (String owner : DEPARTMENT_OF.keySet()) {
        recs.add(create(owner, entity, entity + "-" + owner + "-" + RUN, "referral"));
      }
    }
    recs.add(create("tokyo", "sales_lead", "web-lead-tokyo-" + RUN, "web_form"));
    recs.add(create("first", "sales_lead", "web-lead-first-" + RUN, "web_form"));
    recs.add(create("first", "account", "共有-first-" + RUN, null));
    recs.add(create("osaka", "account", "共有-osaka-" + RUN, null));
    recs.add(create("nodept", "account", "共有-nodept-" + RUN, null));
    SoftAssertions soft = new SoftAssertions();
    int checks = 0;
    for (Rec r : recs) {
      for (String user : DEPARTMENT_OF.keySet()) {
        boolean read = canRead(user, r);
        boolean write = canWrite(user, r);
        String where = user + " on " + r.entity() + " " + r.name() + " (owner " + r.owner() + ")";
        ApiClient.Reply get =
            call(user, "GET", "/api/v1/records/" + r.entity() + "/" + r.id(), null);
        soft.assertThat(get.status()).as("GET " + where).isEqualTo(read ? 200 : 404);
        soft.assertThat(listed(user, r)).as("list " + where).isEqualTo(read);
        String before = row(r);
        String field = r.entity().equals("task") ? "subject" : "description";
        ApiClient.Reply patch =
            call(
                user,
                "PATCH",
                "/api/v1/records/" + r.entity() + "/" + r.id(),
                "{\""
                    + field
                    + "\":"
                    + (field.equals("subject") ? "\"" + r.name() + "\"" : "\"by " + user + "\"")
                    + "}");
        soft.assertThat(patch.status())
            .as("PATCH " + where + ": " + patch.body())
            .isEqualTo(write ? 200 : read ? 403 : 404);
        if (!write) {
          soft.assertThat(row(r))
              .as("row unchanged after refused PATCH " + where)
              .isEqualTo(before);
          if (read) {
            soft.assertThat(patch.json().path("code").asText()).isEqualTo("access.readOnlyRecord");
          } else {
            soft.assertThat(patch.json().path("code").asText()).isEqualTo("record.notFound");
          }
        }
        checks += 3;
      }
    }
    soft.assertAll();
    assertThat(checks).isGreaterThan(500);
  }

  @Test
  void deleteFollowsTheReferenceModelAndARefusedDeleteKeepsTheRow() throws Exception {
    SoftAssertions soft = new SoftAssertions();
    for (String entity : ENTITIES) {
      for (String owner : DEPARTMENT_OF.keySet()) {
        for (String user : DEPARTMENT_OF.keySet()) {
          Rec r =
              create(
                  owner,
                  entity,
                  "del-" + entity + "-" + owner + "-" + user + "-" + RUN,
                  "referral");
          String where = user + " deletes " + entity + " of " + owner;
          String before = row(r);
          ApiClient.Reply del =
              call(user, "DELETE", "/api/v1/records/" + entity + "/" + r.id(), null);
          int expected = canWrite(user, r) ? 204 : canRead(user, r) ? 403 : 404;
          soft.assertThat(del.status()).as(where + ": " + del.body()).isEqualTo(expected);
          soft.assertThat(row(r)).as(where).isEqualTo(expected == 204 ? "gone" : before);
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void exportFollowsThePermissionOnTheScreensAndTheCsvHoldsOnlyVisibleRows() throws Exception {
    Rec tokyoLead = create("tokyo", "sales_lead", "csv-tokyo-" + RUN, "referral");
    Rec osakaLead = create("osaka", "sales_lead", "csv-osaka-" + RUN, "referral");
    for (String user : List.of("osaka", "hq")) {
      FacesClient screen = new FacesClient(server, "en");
      IdentityAndLoginSecurityIT.logIn(screen, login(user), PASSWORD);
      for (String entity : ENTITIES) {
        String page = screen.get("/r/list.xhtml?entity=" + entity).body();
        assertThat(page.contains(":export\""))
            .as(user + " sees the export button of " + entity)
            .isEqualTo(canExport(entity));
      }
      String csv = csv(screen, "sales_lead");
      assertThat(csv.contains(tokyoLead.name()))
          .as(user + " exports tokyo's private lead")
          .isEqualTo(canRead(user, tokyoLead));
      assertThat(csv.contains(osakaLead.name())).isEqualTo(canRead(user, osakaLead));
    }
  }

  private static String formOf(FacesClient screen, String button) {
    Matcher m =
        Pattern.compile("id=\"([A-Za-z0-9_\\-]+):" + button + "\"").matcher(screen.lastPage());
    assertThat(m.find()).as("the " + button + " button").isTrue();
    return m.group(1);
  }

  private static String csv(FacesClient screen, String entity) throws Exception {
    screen.get("/r/list.xhtml?entity=" + entity);
    String form = formOf(screen, "export");
    HttpResponse<String> r =
        screen.submit("/r/list.xhtml?entity=" + entity, form, Map.of(), "export");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    return r.body();
  }

  @Test
  void aRepInOsakaCannotReadFindExportOrGuessATokyoPrivateRecord() throws Exception {
    Rec secret = create("first", "sales_lead", "東京秘密リード-" + RUN, "referral");
    Rec account = create("first", "account", "東京秘密商事-" + RUN, null);
    ObjectNode contact = ApiClient.JSON.createObjectNode();
    contact.put("last_name", "大阪").put("first_name", "花子").put("account", account.id());
    // Pointing a lookup at the invisible account is "not found", as a made-up id is.
    ApiClient.Reply guessedLink =
        call("osaka", "POST", "/api/v1/records/contact", contact.toString());
    assertThat(guessedLink.status()).as(guessedLink.body()).isEqualTo(422);
    assertThat(guessedLink.json().path("errors").get(0).path("code").asText())
        .isEqualTo("lookup.notFound");
    ObjectNode madeUp = contact.deepCopy().put("account", 999_999_999L);
    assertThat(call("osaka", "POST", "/api/v1/records/contact", madeUp.toString()).body())
        .isEqualTo(guessedLink.body());
    // The account's owner links a (public) contact to it, which Osaka then reads.
    ApiClient.Reply osakaContact =
        call("first", "POST", "/api/v1/records/contact", contact.toString());
    assertThat(osakaContact.status()).as(osakaContact.body()).isEqualTo(201);

    assertThat(call("osaka", "GET", "/api/v1/records/sales_lead/" + secret.id(), null).status())
        .as("guessing the id gives 404, like an id that does not exist")
        .isEqualTo(404);
    assertThat(
            call("osaka", "GET", "/api/v1/records/sales_lead/999999999", null)
                .json()
                .path("code")
                .asText())
        .isEqualTo(
            call("osaka", "GET", "/api/v1/records/sales_lead/" + secret.id(), null)
                .json()
                .path("code")
                .asText());
    assertThat(listed("osaka", secret)).isFalse();
    ObjectNode bySource = ApiClient.JSON.createObjectNode();
    bySource
        .putObject("filter")
        .put("field", "lead_source")
        .put("op", "eq")
        .put("value", "referral");
    bySource.put("pageSize", 200);
    assertThat(
            call("osaka", "POST", "/api/v1/records/sales_lead/query", bySource.toString()).body())
        .doesNotContain(secret.name());
    assertThat(
            call("hq", "POST", "/api/v1/records/sales_lead/query", bySource.toString())
                .json()
                .path("total")
                .asInt())
        .isGreaterThan(
            call("osaka", "POST", "/api/v1/records/sales_lead/query", bySource.toString())
                .json()
                .path("total")
                .asInt());
    String phone = "06-7777-" + String.format("%04d", Math.abs(secret.name().hashCode()) % 10000);
    JsonNode lookup = call("osaka", "GET", "/api/v1/phone-lookup?number=" + phone, null).json();
    assertThat(lookup.toString())
        .doesNotContain(secret.name())
        .doesNotContain("\"id\":" + secret.id() + ",");
    JsonNode tokyoLookup =
        call("tokyo", "GET", "/api/v1/phone-lookup?number=" + phone, null).json();
    assertThat(tokyoLookup.toString()).contains(secret.name());
    long contactId = osakaContact.json().path("id").asLong();
    FacesClient screen = new FacesClient(server, "ja");
    IdentityAndLoginSecurityIT.logIn(screen, login("osaka"), PASSWORD);
    assertThat(csv(screen, "sales_lead")).doesNotContain("東京秘密リード");
    // The contact points at the Tokyo account: its id stays, its name does not reach Osaka.
    String detail = screen.get("/r/view.xhtml?entity=contact&id=" + contactId).body();
    assertThat(detail).doesNotContain("東京秘密商事").contains("#" + account.id());
    assertThat(
            screen
                .get(
                    "/search.xhtml?q="
                        + java.net.URLEncoder.encode(
                            "東京秘密", java.nio.charset.StandardCharsets.UTF_8))
                .body())
        .doesNotContain("東京秘密リード")
        .doesNotContain("東京秘密商事");
    FacesClient manager = new FacesClient(server, "ja");
    IdentityAndLoginSecurityIT.logIn(manager, login("hq"), PASSWORD);
    assertThat(manager.get("/r/view.xhtml?entity=contact&id=" + contactId).body())
        .contains("東京秘密商事");
    assertThat(
            manager
                .get(
                    "/search.xhtml?q="
                        + java.net.URLEncoder.encode(
                            "東京秘密", java.nio.charset.StandardCharsets.UTF_8))
                .body())
        .contains("東京秘密リード");
    assertThat(screen.get("/r/view.xhtml?entity=sales_lead&id=" + secret.id()).body())
        .doesNotContain("東京秘密リード");
  }

  @Test
  void aRepsScreensShowOnlyTheButtonsThatWork() throws Exception {
    Rec shared = create("tokyo", "sales_lead", "画面共有リード-" + RUN, "web_form");
    Rec own = create("osaka", "sales_lead", "画面自分のリード-" + RUN, "referral");
    for (boolean phone : new boolean[] {false, true}) {
      org.openqa.selenium.WebDriver browser = phone ? Browser.phone("ja") : Browser.desktop("ja");
      try {
        browser.get(server.baseUri().toString());
        browser.findElement(org.openqa.selenium.By.id("login:loginId")).sendKeys(login("osaka"));
        browser.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(org.openqa.selenium.By.id("login:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
            .until(d -> d.findElements(org.openqa.selenium.By.id("welcome")).size() > 0);
        String size = phone ? "phone" : "desktop";

        browser.get(server.uri("/r/view.xhtml?entity=sales_lead&id=" + shared.id()).toString());
        assertThat(browser.findElement(org.openqa.selenium.By.id("record-title")).getText())
            .contains(shared.name());
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':edit']")))
            .as("a record shared for reading has no edit button")
            .isEmpty();
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':delete']")))
            .isEmpty();
        Browser.screenshot(browser, "access-shared-lead-read-only-" + size);

        browser.get(server.uri("/r/view.xhtml?entity=sales_lead&id=" + own.id()).toString());
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':edit']")))
            .as("the owner's own record has its edit button")
            .hasSize(1);
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':delete']")))
            .hasSize(1);

        browser.get(server.uri("/r/list.xhtml?entity=campaign").toString());
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':export']")))
            .as("no export permission on campaigns")
            .isEmpty();
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':new']")))
            .hasSize(1);
        Browser.screenshot(browser, "access-campaigns-without-export-" + size);
        browser.get(server.uri("/r/list.xhtml?entity=sales_lead").toString());
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("[id$=':export']")))
            .hasSize(1);
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void aRepsScreensLeaveOutHiddenFieldsAndSaveWithReadOnlyOnes() throws Exception {
    Rec account = create("tokyo", "account", "売上非公開-" + RUN, null);
    String path = "/api/v1/records/account/" + account.id();
    ApiClient.Reply set =
        withinRateLimit(admin, "PATCH", path, "{\"annual_revenue\":98765432,\"employees\":30}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    JsonNode seen = call("tokyo", "GET", path, null).json();
    assertThat(seen.has("annual_revenue")).as("a hidden field in the API").isFalse();
    assertThat(seen.path("employees").asInt()).isEqualTo(30);

    org.openqa.selenium.WebDriver browser = Browser.desktop("ja");
    try {
      ScreenSession screen = new ScreenSession(server, browser);
      screen.open("/login.xhtml");
      screen.type("login:loginId", login("tokyo"));
      screen.type("login:password", PASSWORD);
      browser.findElement(org.openqa.selenium.By.id("login:submit")).click();
      screen.waitFor(org.openqa.selenium.By.id("welcome"));

      screen.open("/r/view.xhtml?entity=account&id=" + account.id());
      screen.waitFor(org.openqa.selenium.By.id("field-employees"));
      assertThat(browser.getPageSource())
          .as("the record page names no hidden field, not even empty")
          .doesNotContain("年間売上", "98,765,432", "field-annual_revenue");

      screen.open("/r/edit.xhtml?entity=account&id=" + account.id());
      screen.waitFor(org.openqa.selenium.By.id("form:save"));
      assertThat(browser.getPageSource()).doesNotContain("年間売上", "form:annual_revenue");
      assertThat(browser.findElements(org.openqa.selenium.By.id("form:employees_input")))
          .as("a read-only field has no input")
          .isEmpty();
      screen.type("form:description", "画面から更新");
      browser.findElement(org.openqa.selenium.By.id("form:save")).click();
      screen.waitFor(org.openqa.selenium.By.id("field-description"));
      Browser.screenshot(browser, "access-hidden-and-read-only-fields-ja");
    } finally {
      browser.quit();
    }
    // A list view filtering and sorting on the hidden field tells the rep why it shows nothing,
    // instead of failing; the administrator sees the account in it.
    addBigAccountsView();
    FacesClient rep = new FacesClient(server, "ja");
    IdentityAndLoginSecurityIT.logIn(rep, login("tokyo"), PASSWORD);
    HttpResponse<String> refused = rep.get("/r/list.xhtml?entity=account&view=big_accounts");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("項目「annual_revenue」はありません").doesNotContain(account.name());
    FacesClient manager = new FacesClient(server, "ja");
    IdentityAndLoginSecurityIT.logIn(manager, server.adminLogin(), server.adminPassword());
    assertThat(manager.get("/r/list.xhtml?entity=account&view=big_accounts").body())
        .contains(account.name());

    JsonNode stored = withinRateLimit(admin, "GET", path, null).json();
    assertThat(stored.path("description").asText()).isEqualTo("画面から更新");
    assertThat(stored.path("annual_revenue").asLong()).isEqualTo(98765432L);
    assertThat(stored.path("employees").asInt()).isEqualTo(30);
  }

  @Test
  void aRepReadsTheMetadataWithoutHiddenFieldsTheSecuritySectionOrItsHistory() throws Exception {
    ApiClient.Reply seen = call("tokyo", "GET", "/api/v1/metadata/package", null);
    assertThat(seen.status()).as(seen.body()).isEqualTo(200);
    JsonNode account = null;
    for (JsonNode e : seen.json().path("entities")) {
      if (e.path("name").asText().equals("account")) {
        account = e;
      }
    }
    assertThat(account).as("the account entity").isNotNull();
    List<String> fields = new java.util.ArrayList<>();
    account.path("fields").forEach(f -> fields.add(f.path("name").asText()));
    assertThat(fields).contains("name", "employees").doesNotContain("annual_revenue");
    assertThat(seen.body())
        .as("no layout, list view, rule or permission set names the hidden field")
        .doesNotContain("annual_revenue");
    assertThat(seen.json().has("security")).as("permission sets and sharing rules").isFalse();
    ApiClient.Reply openApi = call("tokyo", "GET", "/api/v1/openapi.json", null);
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().path("paths").has("/v1/records/account")).isTrue();
    assertThat(openApi.body()).as("the rep's OpenAPI document").doesNotContain("annual_revenue");
    assertThat(withinRateLimit(admin, "GET", "/api/v1/openapi.json", null).body())
        .contains("annual_revenue");
    ApiClient.Reply all = withinRateLimit(admin, "GET", "/api/v1/metadata/package", null);
    assertThat(all.body()).contains("annual_revenue", "\"security\"");
    for (String history :
        List.of(
            "/api/v1/metadata/versions",
            "/api/v1/metadata/versions/1",
            "/api/v1/metadata/diff?from=1&to=2")) {
      assertThat(call("tokyo", "GET", history, null).status()).as(history).isEqualTo(403);
      assertThat(withinRateLimit(admin, "GET", history, null).status()).as(history).isEqualTo(200);
    }
  }

  @Test
  void theConsoleExplainsWhoSeesARecordAssignsSetsAndStagesVisibility() throws Exception {
    Rec secret = create("first", "sales_lead", "説明用リード-" + RUN, "referral");
    LeftoverDraft.discard(server);
    org.openqa.selenium.WebDriver browser = Browser.desktop("ja");
    try {
      ConsoleBrowser console = new ConsoleBrowser(browser, server);
      console.logInAsAdmin();
      console.open("/admin/access.xhtml");
      console.waitFor(org.openqa.selenium.By.id("access-title"));
      assertThat(console.text(org.openqa.selenium.By.id("sets")))
          .contains("standard_user", "CRUD IE", "CRUD I-");
      assertThat(console.text(org.openqa.selenium.By.id("rules")))
          .contains("web_leads_to_osaka", departmentNames.get("osaka"), "閲覧");

      // The manager above the owner's department reads it; Osaka does not see it at all.
      String hq = explain(console, login("hq"), secret.id());
      assertThat(hq).contains("閲覧できますが、変更はできません");
      assertThat(
              browser.findElements(org.openqa.selenium.By.cssSelector("#reasons li")).stream()
                  .map(li -> li.getAttribute("data-code")))
          .contains("ancestorDepartment");
      Browser.screenshot(browser, "admin-access-explain-ja");
      assertThat(explain(console, login("osaka"), secret.id())).contains("見られません");

      console.type("assign:user", login("nodept"));
      console.click(org.openqa.selenium.By.id("assign:add"));
      console.waitUntil(
          "the assignment",
          d -> console.text(org.openqa.selenium.By.id("assigned")).contains("standard_user"));
      assertThat(call("nodept", "GET", "/api/v1/records/sales_lead/" + secret.id(), null).status())
          .as("a permission set without view-all opens no private record")
          .isEqualTo(404);
      console.type("assign:user", login("nodept"));
      console.click(org.openqa.selenium.By.id("assign:remove"));
      console.waitUntil(
          "the removal",
          d -> !console.text(org.openqa.selenium.By.id("assigned")).contains("standard_user"));

      String menu =
          browser
              .findElement(
                  org.openqa.selenium.By.xpath(
                      "//tr[.//code[text()='product']]//div[contains(@class,'ui-selectonemenu')]"))
              .getAttribute("id");
      console.choose(menu, "全員閲覧");
      console.click(org.openqa.selenium.By.id("visibility:stage"));
      console.waitUntil(
          "the staged message",
          d -> console.text(org.openqa.selenium.By.id("messages")).contains("下書きに入れました"));
      console.open("/admin/review.xhtml");
      console.waitFor(org.openqa.selenium.By.id("review-title"));
      assertThat(console.text(org.openqa.selenium.By.tagName("main")))
          .contains("公開範囲・権限セット・共有ルールを変更");
      Browser.screenshot(browser, "admin-access-visibility-review-ja");
    } finally {
      browser.quit();
      LeftoverDraft.discard(server); // the staged visibility is not applied
    }
  }

  @Test
  void theConsoleEditsPermissionSetsAndSharingRulesAndApplyingThemChangesWhoSees()
      throws Exception {
    LeftoverDraft.discard(server);
    Rec vip = create("first", "sales_lead", "VIP-" + RUN, "referral");
    Rec plain = create("first", "sales_lead", "普通-" + RUN, "referral");
    assertThat(call("osaka", "GET", "/api/v1/records/sales_lead/" + vip.id(), null).status())
        .isEqualTo(404);
    org.openqa.selenium.WebDriver browser = Browser.desktop("ja");
    try {
      ConsoleBrowser console = new ConsoleBrowser(browser, server);
      console.logInAsAdmin();
      String role = "console_reader_" + RUN;
      console.open("/admin/users.xhtml");
      console.type("roleNew:name", role);
      console.type("roleNew:labelJa", "閲覧担当");
      console.click(org.openqa.selenium.By.id("roleNew:create"));
      console.waitUntil(
          "the new role",
          d -> console.text(org.openqa.selenium.By.id("roleEdit:roles")).contains(role));
      console.open("/admin/access.xhtml");
      console.click(org.openqa.selenium.By.id("newSet"));
      console.waitFor(org.openqa.selenium.By.id("set-title"));
      console.type("set:name", "console_readers");
      console.type("set:labelJa", "閲覧専用");
      console.type("set:labelEn", "Readers");
      console.type("set:roles", role);
      console.choose("set:fieldEntity", "取引先 (account)");
      String employees =
          browser
              .findElement(
                  org.openqa.selenium.By.xpath(
                      "//tr[.//td[contains(.,'(employees)')]]//div[contains(@class,'ui-selectonemenu')]"))
              .getAttribute("id");
      console.choose(employees, "非表示");
      Browser.screenshot(browser, "admin-permission-set-edit-ja");
      console.click(org.openqa.selenium.By.id("set:save"));
      console.waitUntil(
          "the staged set",
          d -> console.text(org.openqa.selenium.By.id("messages")).contains("下書きに入れました"));
      assertThat(console.text(org.openqa.selenium.By.id("sets"))).contains("console_readers");

      console.click(org.openqa.selenium.By.id("newRule"));
      console.waitFor(org.openqa.selenium.By.id("rule-title"));
      console.type("rule:name", "console_vip");
      console.type("rule:labelJa", "VIP リードを大阪へ");
      console.type("rule:labelEn", "VIP leads to Osaka");
      console.choose("rule:entity", "リード (sales_lead)");
      console.click(org.openqa.selenium.By.id("rule:addFilter"));
      console.waitFor(org.openqa.selenium.By.id("rule:filters:0:value"));
      console.choose("rule:filters:0:operator", "で始まる");
      console.type("rule:filters:0:value", "VIP-");
      console.choose("rule:department", departmentNames.get("osaka"));
      Browser.screenshot(browser, "admin-sharing-rule-edit-ja");
      console.click(org.openqa.selenium.By.id("rule:save"));
      console.waitUntil(
          "the staged rule",
          d -> console.text(org.openqa.selenium.By.id("messages")).contains("下書きに入れました"));
      assertThat(console.text(org.openqa.selenium.By.id("rules"))).contains("console_vip");
      console.reviewAndApply("公開範囲・権限セット・共有ルールを変更");
    } finally {
      browser.quit();
      LeftoverDraft.discard(server);
    }
    assertThat(call("osaka", "GET", "/api/v1/records/sales_lead/" + vip.id(), null).status())
        .as("the applied sharing rule opens the VIP lead to Osaka")
        .isEqualTo(200);
    assertThat(call("osaka", "GET", "/api/v1/records/sales_lead/" + plain.id(), null).status())
        .isEqualTo(404);
    JsonNode security =
        withinRateLimit(admin, "GET", "/api/v1/metadata/package", null).json().path("security");
    JsonNode set = null;
    for (JsonNode s : security.path("permissionSets")) {
      if (s.path("name").asText().equals("console_readers")) {
        set = s;
      }
    }
    assertThat(set).as("the set applied").isNotNull();
    assertThat(set.path("roles").toString()).isEqualTo("[\"console_reader_" + RUN + "\"]");
    assertThat(set.path("fields").path("account").path("employees").asText()).isEqualTo("none");
    assertThat(set.path("entities").path("*").path("read").asBoolean()).isTrue();
    assertThat(set.path("entities").path("*").path("create").asBoolean()).isFalse();
  }

  private static String explain(ConsoleBrowser console, String login, long id) {
    console.type("explain:login", login);
    console.choose("explain:entity", "リード (sales_lead)");
    console.type("explain:recordId", Long.toString(id));
    console.click(org.openqa.selenium.By.id("explain:ask"));
    console.waitUntil(
        "the explanation for " + login,
        d -> console.text(org.openqa.selenium.By.id("verdict")).contains(login));
    return console.text(org.openqa.selenium.By.id("verdict"));
  }

  /** An account list view that filters and sorts on 年間売上 (made filterable and sortable). */
  private static void addBigAccountsView() throws Exception {
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", admin).json();
    for (JsonNode e : pkg.withArray("entities")) {
      if (!e.path("name").asText().equals("account")) {
        continue;
      }
      for (JsonNode f : e.withArray("fields")) {
        if (f.path("name").asText().equals("annual_revenue")) {
          ((ObjectNode) f).put("filterable", true).put("sortable", true);
        }
      }
      ObjectNode view = ((ObjectNode) e).withArray("listViews").addObject();
      view.put("name", "big_accounts");
      view.putObject("label").put("ja", "大口取引先").put("en", "Big accounts");
      view.putArray("columns").add("name").add("annual_revenue");
      view.putArray("sort").addObject().put("field", "annual_revenue").put("direction", "desc");
      view.putArray("filters")
          .addObject()
          .put("field", "annual_revenue")
          .put("operator", "gt")
          .put("value", 1000000);
    }
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    ApiClient.Reply plan = api.call("POST", "/api/v1/metadata/plan", admin, proposed);
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    ApiClient.Reply applied =
        api.call(
            "POST",
            "/api/v1/metadata/apply?baseVersion=" + plan.json().path("baseVersion").asInt(),
            admin,
            proposed);
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
  }
}
