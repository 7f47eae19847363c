package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 7's "done when": a configuration exported in the console of one server (the package file)
 * and imported in the console of a second, freshly started server (its own port offset, data folder
 * and, on PostgreSQL, schema) gives the same entities, fields, layouts and list views, and screens
 * that show the same sections, fields and columns.
 */
class ConfigurationToFreshServerMetadataChangeIT {

  private static final Path DOWNLOADS = Path.of("target/it-downloads-fresh");

  private final RunningServer source = RunningServer.get();
  private final String unique = letters();
  private final String shop = "shop_" + unique;
  private final String staff = "staff_" + unique;

  private static String letters() {
    Random random = new Random();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  @Test
  void aConfigurationExportedFromOneServerGivesAFreshServerTheSameEntitiesAndScreens()
      throws Exception {
    applyOnSource();
    Path file = exportFromSource();

    RunningServer fresh = RunningServer.separate("fresh", 50);
    try {
      fresh.startFresh();
      fresh.launch();
      importInto(fresh, file);

      for (String entity : List.of(shop, staff)) {
        assertThat(entity(fresh, entity)).as(entity).isEqualTo(entity(source, entity));
      }
      assertThat(screens(fresh)).isEqualTo(screens(source)).contains("店舗情報", "営業", "開店日");
    } finally {
      fresh.stop();
    }
  }

  /** 店舗 and its スタッフ, with a two-section layout, a related list and a list view. */
  private void applyOnSource() throws Exception {
    ApiClient api = new ApiClient(source);
    String token = api.adminToken("read-write");
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ArrayNode entities = (ArrayNode) pkg.path("entities");
    entities.add(ApiClient.JSON.readTree(shopJson()));
    entities.add(ApiClient.JSON.readTree(staffJson()));
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    int base =
        api.call("POST", "/api/v1/metadata/plan", token, proposed)
            .json()
            .path("baseVersion")
            .asInt();
    ApiClient.Reply applied =
        api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base, token, proposed);
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);
  }

  private String shopJson() {
    return """
        {"id": "%1$s", "name": "%1$s", "label": {"ja": "店舗", "en": "Shop"},
         "pluralLabel": {"ja": "店舗", "en": "Shops"}, "nameField": "name",
         "fields": [
           {"id": "%1$s.name", "name": "name", "type": "text", "required": true, "sortable": true,
            "label": {"ja": "店舗名", "en": "Shop name"}},
           {"id": "%1$s.phone", "name": "phone", "type": "phone", "label": {"ja": "電話", "en": "Phone"}},
           {"id": "%1$s.opened_on", "name": "opened_on", "type": "date", "filterable": true,
            "sortable": true, "label": {"ja": "開店日", "en": "Opened on"}},
           {"id": "%1$s.seats", "name": "seats", "type": "integer", "sortable": true,
            "label": {"ja": "席数", "en": "Seats"}}],
         "layouts": {
           "form": {"sections": [
             {"label": {"ja": "店舗情報", "en": "Shop"}, "columns": 2, "fields": ["name", "phone"]},
             {"label": {"ja": "営業", "en": "Business"}, "columns": 1,
              "fields": ["opened_on", "seats"]}]},
           "detail": {"sections": [
             {"label": {"ja": "店舗情報", "en": "Shop"}, "columns": 2, "fields": ["name", "phone"]},
             {"label": {"ja": "営業", "en": "Business"}, "columns": 1,
              "fields": ["opened_on", "seats"]}],
             "relatedLists": [{"entity": "%2$s", "field": "shop", "columns": ["name", "role"]}]}},
         "listViews": [{"name": "recent", "label": {"ja": "最近の開店", "en": "Recently opened"},
           "columns": ["name", "opened_on", "seats"],
           "sort": [{"field": "opened_on", "direction": "desc"}, {"field": "name"}],
           "filters": [{"field": "opened_on", "operator": "ge", "value": "today-365d"}]}]}
        """
        .formatted(shop, staff);
  }

  private String staffJson() {
    return """
        {"id": "%2$s", "name": "%2$s", "label": {"ja": "スタッフ", "en": "Staff member"},
         "pluralLabel": {"ja": "スタッフ", "en": "Staff"}, "nameField": "name",
         "fields": [
           {"id": "%2$s.name", "name": "name", "type": "text", "required": true,
            "label": {"ja": "氏名", "en": "Name"}},
           {"id": "%2$s.role", "name": "role", "type": "text", "label": {"ja": "役割", "en": "Role"}},
           {"id": "%2$s.shop", "name": "shop", "type": "lookup",
            "label": {"ja": "店舗", "en": "Shop"}, "options": {"target": "%1$s"}}]}
        """
        .formatted(shop, staff);
  }

  /** The console's export of the two entities, downloaded as the package file. */
  private Path exportFromSource() throws Exception {
    Files.createDirectories(DOWNLOADS);
    try (Stream<Path> old = Files.list(DOWNLOADS)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    WebDriver browser = Browser.desktopDownloadingTo("ja", DOWNLOADS);
    try {
      ConsoleBrowser console = new ConsoleBrowser(browser, source);
      console.logInAsAdmin();
      console.open("/admin/transfer.xhtml");
      console.waitFor(By.id("transfer-title"));
      console.click(By.xpath("//label[text()='店舗 (" + shop + ")']"));
      console.click(By.xpath("//label[text()='スタッフ (" + staff + ")']"));
      browser.findElement(By.id("export:download")).click();
      console.waitUntil("the package file", d -> downloaded() != null);
      Path file = downloaded().toAbsolutePath();
      assertThat(Files.readString(file)).contains(shop, staff).doesNotContain("\"opportunity\"");
      return file;
    } finally {
      browser.quit();
    }
  }

  private static Path downloaded() {
    try (Stream<Path> files = Files.list(DOWNLOADS)) {
      return files.filter(p -> p.toString().endsWith(".json")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The console's import on the fresh server: the plan adds the two entities; apply. */
  private void importInto(RunningServer fresh, Path file) {
    WebDriver browser = Browser.desktop("ja");
    try {
      ConsoleBrowser console = new ConsoleBrowser(browser, fresh);
      console.logInAsAdmin();
      console.open("/admin/transfer.xhtml");
      console.waitFor(By.id("transfer-title"));
      browser.findElement(By.cssSelector("#import input[type='file']")).sendKeys(file.toString());
      browser.findElement(By.id("import:upload")).click();
      console.waitUntil(
          "the imported plan", d -> console.text(By.id("review:changes")).contains(shop));
      assertThat(console.text(By.id("review:changes"))).contains(staff).doesNotContain("破壊的");
      Browser.screenshot(browser, "console-import-fresh-server-ja");
      browser.findElement(By.id("review:apply")).click();
      console.waitUntil(
          "the apply message", d -> console.text(By.id("messages")).contains("適用しました"));
    } finally {
      browser.quit();
    }
  }

  /** The entity's metadata as the server holds it now. */
  private JsonNode entity(RunningServer server, String name) throws Exception {
    ApiClient api = new ApiClient(server);
    JsonNode pkg = api.get("/api/v1/metadata/package", api.adminToken("read-write")).json();
    for (JsonNode e : pkg.path("entities")) {
      if (e.path("name").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError(name + " is not in the package of " + server.baseUri());
  }

  /**
   * What the end user sees of 店舗: the form's sections and labels, and the list view's column
   * headers.
   */
  private List<String> screens(RunningServer server) {
    WebDriver browser = Browser.desktop("ja");
    try {
      ConsoleBrowser console = new ConsoleBrowser(browser, server);
      console.logInAsAdmin();
      List<String> seen = new ArrayList<>();
      console.open("/r/edit.xhtml?entity=" + shop);
      console.waitFor(By.id("form:name"));
      for (WebElement e :
          browser.findElements(
              By.cssSelector("fieldset.ts-section > legend, .ts-record-form label"))) {
        seen.add(e.getText());
      }
      console.open("/r/list.xhtml?entity=" + shop + "&view=recent");
      console.waitFor(By.id("list-title"));
      for (WebElement e : browser.findElements(By.cssSelector("#list th .ui-column-title"))) {
        seen.add(e.getText());
      }
      return seen;
    } finally {
      browser.quit();
    }
  }
}
