package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real plugins built by this build, on the running server, over REST and in the browser:
 * hostile files refused while the server keeps serving; the real-estate plugin installed (its
 * entities in the metadata, a 物件 created, its validator's refusal in Japanese, its panel and action
 * on a lead's page), upgraded with its data kept, disabled, uninstalled with its data archived; the
 * auto-dealer and education plugins installed. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealEstatePluginMetadataChangeIT {

  private static String propertyId;
  private static String leadId;

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  private String admin() throws Exception {
    return api.adminToken("read-write");
  }

  private ApiClient.Reply upload(String path, String fileName, byte[] jar) throws Exception {
    return api.send(
        api.request(path + "?fileName=" + fileName)
            .header("Authorization", "Bearer " + admin())
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(jar)));
  }

  private ApiClient.Reply uploadMultipart(String fileName, byte[] jar) throws Exception {
    String boundary = "----tsumugi-it-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/java-archive\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(jar);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return api.send(
        api.request("/api/v1/plugins")
            .header("Authorization", "Bearer " + admin())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private ApiClient.Reply post(String path, String json) throws Exception {
    return api.call("POST", path, admin(), json);
  }

  private List<String> entities() throws Exception {
    List<String> names = new ArrayList<>();
    api.get("/api/v1/metadata/package", admin())
        .json()
        .path("entities")
        .forEach(e -> names.add(e.path("name").asText()));
    return names;
  }

  @Test
  @Order(1)
  void hostileFilesAreRefusedWithTheirReasonAndTheServerKeepsServing() throws Exception {
    ApiClient.Reply corrupt = upload("/api/v1/plugins", "broken.jar", PluginFiles.corrupt());
    assertThat(corrupt.status()).isEqualTo(422);
    assertThat(corrupt.header("Content-Type")).startsWith("application/problem+json");
    assertThat(corrupt.json().path("code").asText()).isEqualTo("plugin.corrupt");
    assertThat(corrupt.json().path("detail").asText()).contains("broken.jar", "壊れています");

    ApiClient.Reply slip = upload("/api/v1/plugins", "evil.jar", PluginFiles.zipSlip());
    assertThat(slip.status()).isEqualTo(422);
    assertThat(slip.json().path("code").asText()).isEqualTo("plugin.zipSlip");
    assertThat(slip.json().path("detail").asText()).contains("zip slip");

    ApiClient.Reply future =
        upload("/api/v1/plugins", "future.jar", PluginFiles.needingApi(">=9.0.0"));
    assertThat(future.json().path("code").asText()).isEqualTo("plugin.apiIncompatible");
    assertThat(future.json().path("detail").asText()).contains(">=9.0.0", "1.0.0");

    ApiClient.Reply english =
        api.send(
            api.request("/api/v1/plugins?fileName=broken.jar")
                .header("Authorization", "Bearer " + admin())
                .header("Accept-Language", "en")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PluginFiles.corrupt())));
    assertThat(english.json().path("detail").asText()).contains("corrupt");

    assertThat(api.get("/api/health", admin()).status()).isEqualTo(200);
    JsonNode list = api.get("/api/v1/plugins", admin()).json();
    // Other tests of this server may have installed plugins: none of the refused ones is there.
    assertThat(list.path("items").findValuesAsText("id")).doesNotContain("evil", "future");
    try (var files = Files.list(server.pluginsDir())) {
      // Nothing refused was kept (installed plugins of other tests may be there).
      assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .contains(RunningServer.BROKEN_AT_START)
          .doesNotContain("broken.jar", "evil.jar", "future.jar");
    }
  }

  @Test
  @Order(0)
  void aBrokenPluginInTheFolderAtStartIsRefusedAndLoggedWhileTheServerRuns() throws Exception {
    JsonNode refused = api.get("/api/v1/plugins", admin()).json().path("refusedAtStart");
    assertThat(refused.toString()).contains(RunningServer.BROKEN_AT_START, "壊れています");
    assertThat(server.log())
        .contains("Plugin " + RunningServer.BROKEN_AT_START + " was refused")
        .contains("Plugins: 0 running");
  }

  @Test
  @Order(2)
  void installedRealEstatePluginBringsItsEntitiesAndItsValidatorInJapanese() throws Exception {
    ApiClient.Reply installed =
        upload("/api/v1/plugins", "realestate.jar", PluginFiles.real("realestate"));
    assertThat(installed.status()).as(installed.body()).isEqualTo(201);
    assertThat(installed.json().path("status").asText()).isEqualTo("enabled");
    assertThat(installed.json().path("running").asBoolean()).isTrue();
    assertThat(installed.json().path("sha256").asText()).hasSize(64);

    assertThat(entities())
        .contains("realestate_property", "realestate_inquiry", "realestate_wish", "sales_lead");
    JsonNode newest = api.get("/api/v1/metadata/versions", admin()).json().path("items").get(0);
    assertThat(newest.path("appliedBy").asText()).startsWith("plugin realestate ");

    ApiClient.Reply property =
        post(
            "/api/v1/records/realestate_property",
            """
            {"name": "メゾン紡 201", "rent": 85000, "management_fee": 5000, "floor_plan": "1LDK",
             "area_sqm": 35.5, "walk_minutes": 6, "nearest_station": "三鷹", "built_year": 2015}
            """);
    assertThat(property.status()).as(property.body()).isEqualTo(201);
    propertyId = property.json().path("id").asText();

    ApiClient.Reply future =
        post(
            "/api/v1/records/realestate_property",
            """
            {"name": "未来ハイツ", "rent": 90000, "floor_plan": "1K", "built_year": 2090}
            """);
    assertThat(future.status()).isEqualTo(422);
    assertThat(future.json().path("errors").toString())
        .contains("realestate.builtYearInFuture", "built_year", "築年 2090 年は今年");
  }

  @Test
  @Order(3)
  void leadPageShowsTheMatchingPropertiesPanelAndItsActionRecordsInquiries() throws Exception {
    ApiClient.Reply lead =
        post("/api/v1/records/sales_lead", "{\"name\": \"山田 花子\", \"status\": \"new\"}");
    assertThat(lead.status()).as(lead.body()).isEqualTo(201);
    leadId = lead.json().path("id").asText();
    ApiClient.Reply wish =
        post(
            "/api/v1/records/realestate_wish",
            "{\"name\": \"三鷹で 1LDK\", \"sales_lead\": "
                + leadId
                + ", \"max_monthly\": 95000, \"station\": \"三鷹\"}");
    assertThat(wish.status()).as(wish.body()).isEqualTo(201);

    WebDriver browser = Browser.desktop("ja");
    try {
      browser.get(server.baseUri().toString());
      browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
      browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
      browser.findElement(By.id("login:submit")).click();
      waitFor(browser, By.id("welcome"));
      browser.get(server.uri("/r/view.xhtml?entity=sales_lead&id=" + leadId).toString());
      String panel = waitFor(browser, By.id("panel-realestate-matching_properties")).getText();
      assertThat(panel).contains("条件に合う物件", "メゾン紡 201", "三鷹", "¥90,000");
      // A tall viewport (headless Chromium keeps the window to the screen's size): the whole
      // page, with the panel and the action button below the lead's fields.
      ((org.openqa.selenium.chromium.ChromiumDriver) browser)
          .executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              java.util.Map.of(
                  "width", 1280, "height", 1800, "deviceScaleFactor", 1, "mobile", false));
      Browser.screenshot(browser, "lead-detail-realestate-panel-ja");

      browser
          .findElement(By.cssSelector("[data-action='action-realestate-record_matches']"))
          .click();
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(d -> d.getPageSource().contains("反響に記録しました"));
      Browser.screenshot(browser, "lead-detail-realestate-action-done-ja");

      // The plugin's 反響 show as a related list on the lead: contributed by the lookup
      // realestate_inquiry.sales_lead (relatedListColumns), not by the standard lead layout.
      browser.get(server.uri("/r/view.xhtml?entity=sales_lead&id=" + leadId).toString());
      String related = waitFor(browser, By.id("related-realestate_inquiry")).getText();
      assertThat(related).contains("物件への反響", "反響番号", "メゾン紡 201", "INQ-");
      ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("document.getElementById('related-realestate_inquiry').scrollIntoView()");
      Browser.screenshot(browser, "lead-detail-realestate-inquiries-related-list-ja");
    } finally {
      browser.quit();
    }
    JsonNode inquiries =
        post(
                "/api/v1/records/realestate_inquiry/query",
                "{\"filter\": {\"field\": \"sales_lead\", \"op\": \"eq\", \"value\": "
                    + leadId
                    + "}}")
            .json();
    assertThat(inquiries.toString()).contains("\"property\":" + propertyId);
  }

  @Test
  @Order(4)
  void upgradeAppliesTheNewFieldAndKeepsTheData() throws Exception {
    ApiClient.Reply upgraded =
        upload(
            "/api/v1/plugins/realestate/upgrade",
            "realestate-0.2.0.jar",
            PluginFiles.realEstateUpgrade("0.2.0"));
    assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(200);
    assertThat(upgraded.json().path("version").asText()).isEqualTo("0.2.0");

    JsonNode kept = api.get("/api/v1/records/realestate_property/" + propertyId, admin()).json();
    assertThat(kept.toString()).contains("メゾン紡 201");
    ApiClient.Reply pets =
        api.call(
            "PATCH",
            "/api/v1/records/realestate_property/" + propertyId,
            admin(),
            "{\"pet_allowed\": true}");
    assertThat(pets.status()).as(pets.body()).isEqualTo(200);

    ApiClient.Reply again =
        upload(
            "/api/v1/plugins/realestate/upgrade",
            "realestate-0.2.0.jar",
            PluginFiles.realEstateUpgrade("0.2.0"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("code").asText()).isEqualTo("plugin.notNewer");
  }

  @Test
  @Order(5)
  void disabledPluginKeepsItsEntitiesButItsValidatorStops() throws Exception {
    ApiClient.Reply disabled = post("/api/v1/plugins/realestate/disable", null);
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().path("status").asText()).isEqualTo("disabled");
    assertThat(disabled.json().path("running").asBoolean()).isFalse();

    assertThat(entities()).contains("realestate_property");
    ApiClient.Reply unchecked =
        post(
            "/api/v1/records/realestate_property",
            "{\"name\": \"未来ハイツ\", \"rent\": 90000, \"floor_plan\": \"1K\", \"built_year\": 2090}");
    assertThat(unchecked.status()).as(unchecked.body()).isEqualTo(201);

    ApiClient.Reply enabled = post("/api/v1/plugins/realestate/enable", null);
    assertThat(enabled.json().path("running").asBoolean()).isTrue();
  }

  @Test
  @Order(6)
  void uninstallTakesTheEntitiesOutAndArchivesTheirData() throws Exception {
    ApiClient.Reply removed = api.call("DELETE", "/api/v1/plugins/realestate", admin(), null);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().path("status").asText()).isEqualTo("uninstalled");

    assertThat(entities()).doesNotContain("realestate_property", "realestate_inquiry");
    assertThat(api.get("/api/v1/records/realestate_property", admin()).status()).isEqualTo(404);
    JsonNode newest = api.get("/api/v1/metadata/versions", admin()).json().path("items").get(0);
    assertThat(newest.path("appliedBy").asText()).isEqualTo("plugin realestate uninstall");
    assertThat(newest.path("summary").asText()).contains("realestate_property");

    if (server.database().kind().equals("postgresql")) {
      assertThat(archivedRows("realestate_property")).isEqualTo(2); // メゾン紡 and 未来ハイツ
    }
    assertThat(api.get("/api/health", admin()).status()).isEqualTo(200);
  }

  @Test
  @Order(7)
  void autoDealerAndEducationPluginsInstallAndTheNormaliserRuns() throws Exception {
    // The console's way: a multipart form with the jar in the part "file".
    ApiClient.Reply multipart = uploadMultipart("autodealer.jar", PluginFiles.real("autodealer"));
    assertThat(multipart.status()).as(multipart.body()).isEqualTo(201);
    assertThat(multipart.json().path("id").asText()).isEqualTo("autodealer");
    assertThat(upload("/api/v1/plugins", "education.jar", PluginFiles.real("education")).status())
        .isEqualTo(201);
    assertThat(entities())
        .contains(
            "autodealer_vehicle",
            "education_student",
            "education_course",
            "education_enrollment",
            "education_career_path");

    ApiClient.Reply contact =
        post("/api/v1/records/contact", "{\"last_name\": \"鈴木\", \"first_name\": \"一郎\"}");
    assertThat(contact.status()).as(contact.body()).isEqualTo(201);
    ApiClient.Reply vehicle =
        post(
            "/api/v1/records/autodealer_vehicle",
            "{\"registration_number\": \"品川３００さ１２－３４\", \"model_name\": \"プリウス\","
                + " \"inspection_expiry\": \"2026-12-01\", \"owner_contact\": "
                + contact.json().path("id").asText()
                + "}");
    assertThat(vehicle.status()).as(vehicle.body()).isEqualTo(201);
    assertThat(vehicle.json().toString()).contains("品川 300 さ 12-34");
    vehiclesShowOnTheContactPage(contact.json().path("id").asText());

    JsonNode list = api.get("/api/v1/plugins", admin()).json();
    assertThat(list.toString()).contains("\"autodealer\"", "\"education\"", "\"uninstalled\"");
  }

  /**
   * Every entity of the auto-dealer and education plugins has its list and its form, with the
   * plugin's labels in Japanese and in English.
   */
  @Test
  @Order(8)
  void thePluginsListsAndFormsSpeakJapaneseAndEnglish() throws Exception {
    Map<String, List<String>> labels = new java.util.LinkedHashMap<>();
    // entity -> plural ja, plural en, field ja, field en
    labels.put("autodealer_vehicle", List.of("車両", "Vehicles", "登録番号", "Registration number"));
    labels.put("education_student", List.of("生徒", "Students", "ふりがな", "Name (kana)"));
    labels.put("education_course", List.of("コース", "Courses", "教科", "Subject"));
    labels.put("education_enrollment", List.of("受講", "Enrolments", "受講番号", "Enrolment no."));
    labels.put("education_career_path", List.of("進路", "Later paths", "進路番号", "Path no."));
    for (String language : List.of("ja", "en")) {
      FacesClient screen = new FacesClient(server, language);
      IdentityAndLoginSecurityIT.logIn(screen, server.adminLogin(), server.adminPassword());
      int at = language.equals("ja") ? 0 : 1;
      for (Map.Entry<String, List<String>> e : labels.entrySet()) {
        var list = screen.get("/r/list.xhtml?entity=" + e.getKey());
        assertThat(list.statusCode()).as(e.getKey() + " list, " + language).isEqualTo(200);
        assertThat(list.body()).contains(e.getValue().get(at));
        var form = screen.get("/r/edit.xhtml?entity=" + e.getKey());
        assertThat(form.statusCode()).as(e.getKey() + " form, " + language).isEqualTo(200);
        assertThat(form.body()).contains(e.getValue().get(2 + at));
      }
    }
  }

  /** 車両 as a related list on the contact (the plugin's lookup contributes it), ja and en. */
  private void vehiclesShowOnTheContactPage(String contactId) {
    for (String language : List.of("ja", "en")) {
      WebDriver browser =
          language.equals("ja") ? Browser.desktop(language) : Browser.phone(language);
      try {
        browser.get(server.baseUri().toString());
        browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
        browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
        browser.findElement(By.id("login:submit")).click();
        waitFor(browser, By.id("welcome"));
        browser.get(server.uri("/r/view.xhtml?entity=contact&id=" + contactId).toString());
        String related = waitFor(browser, By.id("related-autodealer_vehicle")).getText();
        assertThat(related)
            .contains(language.equals("ja") ? "所有車両" : "Vehicles")
            .contains(language.equals("ja") ? "車検満了日" : "Inspection expiry")
            .contains("品川 300 さ 12-34", "プリウス");
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "document.getElementById('related-autodealer_vehicle').scrollIntoView()");
        Browser.screenshot(
            browser,
            "contact-detail-autodealer-vehicles-"
                + (language.equals("ja") ? "desktop-ja" : "phone-en"));
      } finally {
        browser.quit();
      }
    }
  }

  private long archivedRows(String entity) throws Exception {
    TestDatabase db = server.database();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + TestDatabase.POSTGRESQL_SCHEMA);
      String table;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM sys_archive WHERE entity_name = '"
                  + entity
                  + "' ORDER BY version_no DESC")) {
        rs.next();
        table = rs.getString(1);
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static org.openqa.selenium.WebElement waitFor(WebDriver browser, By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).isEmpty() ? null : d.findElement(by));
  }
}
