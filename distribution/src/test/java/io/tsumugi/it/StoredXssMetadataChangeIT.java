package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored XSS (issue 9, items 6 and 8): labels, help texts, picklist values, a rule message, a list
 * view name, a department, a user and record values all hold script, attribute-breaking, {@code
 * javascript:} and template/EL payloads; every screen that shows them is opened in headless
 * Chromium, and none may run a script, raise an alert or evaluate {@code #{7*7}}; the payload text
 * must be shown literally. The REST JSON and the CSV export are checked too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredXssMetadataChangeIT {

  static final String SCRIPT = "<script>window.__xss=1;alert(1)</script>";
  static final String ATTRIBUTE = "\"><img src=x onerror=\"window.__xss=1\">";
  static final String TEXTAREA = "</textarea><svg onload=window.__xss=1>";
  static final String EL = "#{7*7}";
  static final String TEMPLATE = "{{7*7}}";
  static final String JS_URL = "javascript:window.__xss=1";

  /**
   * Turns alert/confirm/prompt into a counter, so a payload that calls them is seen, not blocking.
   */
  private static final String TRAP =
      "window.__alerts=0;['alert','confirm','prompt'].forEach(function(n){"
          + "window[n]=function(){window.__alerts++;return null;};});";

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private final String unique = Long.toString(System.nanoTime(), 36);
  private String token;
  private long probe;
  private long child;
  private long account;
  private Path downloads;
  private WebDriver browser;
  private ScreenSession screen;

  @BeforeAll
  void seedPayloadsThroughTheApi() throws Exception {
    token = api.adminToken("read-write");
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ObjectNode entity = ((ArrayNode) pkg.path("entities")).addObject();
    entity
        .put("id", "xss-probe")
        .put("name", "xss_probe")
        .put("nameField", "title")
        .put("pipelineField", "stage");
    label(entity.putObject("label"), SCRIPT + EL);
    label(entity.putObject("pluralLabel"), ATTRIBUTE + TEMPLATE);
    entity.putObject("description").put("ja", SCRIPT).put("en", SCRIPT);
    ArrayNode fields = entity.putArray("fields");
    ObjectNode title = field(fields, "title", "text", ATTRIBUTE + EL).put("required", true);
    title.put("trackHistory", true).put("searchable", true).put("filterable", true);
    title.putObject("help").put("ja", SCRIPT + TEMPLATE).put("en", SCRIPT + TEMPLATE);
    field(fields, "notes", "longtext", TEXTAREA).put("trackHistory", true);
    field(fields, "email", "email", "<b>mail</b>" + EL);
    field(fields, "site", "url", "<i>site</i>" + TEMPLATE);
    ObjectNode parent = field(fields, "parent", "lookup", "<u>parent</u>" + EL);
    ObjectNode lookup = parent.putObject("options").put("target", "xss_probe");
    lookup.put("onDelete", "set_null");
    label(lookup.putObject("relatedListLabel"), SCRIPT + "related");
    // Filterable: the board filters on its pipeline field (it fails on a non-filterable one).
    ObjectNode stage =
        field(fields, "stage", "picklist", ATTRIBUTE + "stage").put("filterable", true);
    ArrayNode values = stage.putObject("options").putArray("values");
    label(values.addObject().put("value", "open").putObject("label"), ATTRIBUTE + EL);
    label(values.addObject().put("value", "done").putObject("label"), SCRIPT + TEMPLATE);
    ObjectNode rule = entity.putArray("rules").addObject();
    rule.put("name", "no_block").put("expression", "title != 'block'").put("field", "title");
    label(rule.putObject("message"), "<img src=x onerror=window.__xss=1>" + EL);
    ObjectNode view = entity.putArray("listViews").addObject().put("name", "payload");
    label(view.putObject("label"), SCRIPT + "view");
    view.putArray("columns").add("title").add("notes").add("email").add("site").add("parent");
    ((ArrayNode) view.get("columns")).add("stage");

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

    probe =
        create(
            "xss_probe",
            record("first" + unique + SCRIPT + EL, TEXTAREA + TEMPLATE, "open")
                .put("email", "x\"><svg/onload=window.__xss=1>@example.jp")
                .put("site", "https://example.jp/\"><script>window.__xss=1</script>"));
    child =
        create(
            "xss_probe",
            record("=HYPERLINK(\"http://evil\",\"x\")" + unique, "@SUM(A1)", "done")
                .put("parent", probe));
    // A later change, so the history holds old and new payloads.
    ApiClient.Reply patched =
        api.call(
            "PATCH",
            "/api/v1/records/xss_probe/" + probe,
            token,
            record("second" + unique + ATTRIBUTE + EL, TEXTAREA + "2", "done").toString());
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);

    account = create("account", api().put("name", "acct" + unique + ATTRIBUTE + TEMPLATE));
    create(
        "activity",
        api()
            .put("subject", "task" + unique + SCRIPT + EL)
            .put("activity_type", "task")
            .put("activity_at", "2026-01-01T00:00:00Z")
            .put("due_date", LocalDate.now().plusDays(3).toString())
            .put("notes", TEXTAREA)
            .put("account", account));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @Order(1)
  void aJavascriptUrlIsRefusedByTheRecordService() throws Exception {
    ApiClient.Reply r =
        api.call(
            "POST",
            "/api/v1/records/xss_probe",
            token,
            record("js" + unique, "n", "open").put("site", JS_URL).toString());
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().path("errors").findValuesAsText("field")).containsExactly("site");
    ApiClient.Reply upper =
        api.call(
            "POST",
            "/api/v1/records/xss_probe",
            token,
            record("js2" + unique, "n", "open").put("site", " JavaScript:alert(1)").toString());
    assertThat(upper.status()).as(upper.body()).isEqualTo(422);
  }

  @Test
  @Order(2)
  void theRestApiReturnsThePayloadsAsJsonDataThatBrowsersDoNotSniff() throws Exception {
    ApiClient.Reply r = api.get("/api/v1/records/xss_probe/" + probe, token);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.json().path("title").asText()).isEqualTo("second" + unique + ATTRIBUTE + EL);
    assertThat(r.json().path("notes").asText()).isEqualTo(TEXTAREA + "2");
  }

  @Test
  @Order(3)
  void everyEndUserScreenShowsThePayloadsAsText() throws Exception {
    start();
    String title = "second" + unique + ATTRIBUTE + EL;

    screen.open("/r/list.xhtml?entity=xss_probe");
    screen.waitFor(By.id("list:records"));
    clean("list", title, TEXTAREA + "2", ATTRIBUTE + TEMPLATE, SCRIPT + TEMPLATE);
    screen.open("/r/list.xhtml?entity=xss_probe&view=payload");
    screen.waitFor(By.id("list:records"));
    clean("list view", title, SCRIPT + "view");
    screen.type("list:quickFind", "second" + unique);
    screen.settle();
    clean("quick find", title);
    browser.findElement(By.id("list:columns")).click();
    screen.settle();
    clean("column chooser", "<u>parent</u>" + EL);
    browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    Browser.screenshot(browser, "xss-list-ja-desktop");

    screen.open("/r/board.xhtml?entity=xss_probe");
    screen.waitFor(By.id("board-title"));
    clean("board", title, SCRIPT + TEMPLATE, ATTRIBUTE + EL);
    Browser.screenshot(browser, "xss-board-ja-desktop");

    screen.open("/r/view.xhtml?entity=xss_probe&id=" + probe);
    screen.waitFor(By.id("record-title"));
    clean(
        "detail",
        title,
        TEXTAREA + "2",
        "x\"><svg/onload=window.__xss=1>@example.jp",
        "https://example.jp/\"><script>window.__xss=1</script>",
        "first" + unique + SCRIPT + EL);
    assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    Browser.screenshot(browser, "xss-detail-ja-desktop");

    screen.open("/r/view.xhtml?entity=xss_probe&id=" + child);
    screen.waitFor(By.id("record-title"));
    clean("detail with lookup", title);

    screen.open("/r/view.xhtml?entity=account&id=" + account);
    screen.waitFor(By.id("timeline"));
    clean("account timeline", "acct" + unique + ATTRIBUTE + TEMPLATE, "task" + unique + SCRIPT);

    screen.open("/r/edit.xhtml?entity=xss_probe&id=" + probe);
    screen.waitFor(By.id("form:save"));
    clean("edit form", ATTRIBUTE + EL, "<u>parent</u>" + EL);
    assertThat(browser.findElement(By.cssSelector("textarea")).getAttribute("value"))
        .isEqualTo(TEXTAREA + "2");
    assertThat(browser.findElement(By.id("form:title")).getAttribute("value")).isEqualTo(title);
    // The rule's message comes back on the form.
    screen.type("form:title", "block");
    // The browser itself refuses to submit the stored e-mail payload in an type="email" input.
    screen.type("form:email", "ok@example.jp");
    browser.findElement(By.id("form:save")).click();
    screen.waitForText("<img src=x onerror=window.__xss=1>" + EL);
    clean("rule message", "<img src=x onerror=window.__xss=1>" + EL);
    Browser.screenshot(browser, "xss-edit-ja-desktop");

    screen.open("/r/edit.xhtml?entity=xss_probe");
    screen.waitFor(By.id("form:parent-new")).click();
    screen.waitFor(By.id("quickCreate:save"));
    clean("quick create", ATTRIBUTE + EL);

    screen.open("/search.xhtml?q=" + unique);
    screen.waitFor(By.id("search-title"));
    clean("global search", title, SCRIPT + EL);
    screen.open("/search.xhtml?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E");
    screen.waitFor(By.id("search-title"));
    clean("global search of a payload", "<script>window.__xss=1</script>");

    // Home lists the records opened above and the account's task.
    screen.open("/");
    screen.waitFor(By.id("recent-records"));
    clean("home", title, "task" + unique + SCRIPT + EL, ATTRIBUTE + TEMPLATE);
  }

  @Test
  @Order(4)
  void theCsvExportNeutralisesFormulaCells() throws Exception {
    start();
    screen.open("/r/list.xhtml?entity=xss_probe");
    screen.waitFor(By.id("list:export")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> csvIn(downloads) != null);
    String csv = Files.readString(csvIn(downloads), StandardCharsets.UTF_8);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")" + unique + "\"");
    assertThat(csv).contains("\"'@SUM(A1)\"");
    assertThat(csv).doesNotContain("\"=HYPERLINK").doesNotContain("\"@SUM");
  }

  @Test
  @Order(5)
  void theConsoleScreensShowThePayloadsAsText() throws Exception {
    LeftoverDraft.discard(server); // the entities page shows a draft instead of the active version
    start();
    String department = "dept" + unique + SCRIPT;
    String user = "user" + unique + ATTRIBUTE + EL;
    screen.open("/admin/users.xhtml");
    screen.waitFor(By.id("users-title"));
    screen.type("departmentNew:name", department);
    browser.findElement(By.id("departmentNew:create")).click();
    screen.waitForText(department);
    screen.type("userForm:loginId", "xss-" + unique);
    screen.type("userForm:displayName", user);
    screen.type("userForm:email", "xss-" + unique + "@example.jp");
    screen.type("userForm:password", "kintone-yori-2026");
    browser.findElement(By.id("userForm:save")).click();
    screen.waitForText(user);
    screen.open("/admin/users.xhtml");
    screen.waitFor(By.id("users-title"));
    clean("users and departments", department, user);
    Browser.screenshot(browser, "xss-users-ja-desktop");

    screen.open("/admin/entities.xhtml");
    screen.waitForText(SCRIPT + EL);
    clean("entity list", SCRIPT + EL);
    screen.open("/admin/entity.xhtml?entity=xss_probe");
    screen.waitFor(By.id("entity:labelJa"));
    assertThat(browser.findElement(By.id("entity:labelJa")).getAttribute("value"))
        .isEqualTo(SCRIPT + EL);
    clean("entity editor", ATTRIBUTE + EL);
    screen.open("/admin/field.xhtml?entity=xss_probe&field=title");
    screen.waitForText(SCRIPT + EL + " の項目");
    clean("field editor");
    assertThat(browser.findElement(By.cssSelector("textarea")).getAttribute("value"))
        .isEqualTo(SCRIPT + TEMPLATE);
    Browser.screenshot(browser, "xss-field-editor-ja-desktop");
    screen.open("/admin/field.xhtml?entity=xss_probe&field=stage");
    screen.waitForText(SCRIPT + EL + " の項目");
    clean("picklist field editor");
    assertThat(browser.getPageSource()).doesNotContain("<img src=\"x\"");
    screen.open("/admin/rule.xhtml?entity=xss_probe&rule=no_block");
    screen.waitForText("no_block");
    clean("rule editor");

    // A draft that changes the label: the review page shows the change.
    screen.open("/admin/entity.xhtml?entity=xss_probe");
    screen.type("entity:labelEn", TEXTAREA + "draft");
    browser.findElement(By.id("entity:save")).click();
    screen.settle();
    screen.open("/admin/review.xhtml");
    screen.waitFor(By.id("review-title"));
    clean("review", "xss_probe");
    Browser.screenshot(browser, "xss-review-ja-desktop");
    browser.findElement(By.id("review:discard")).click();
    screen.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
    screen.waitUntil("the draft discarded", d -> !d.getCurrentUrl().contains("review"));
    screen.open("/admin/review.xhtml");
    screen.waitFor(By.id("review:no-draft"));

    screen.open("/admin/version.xhtml");
    screen.waitFor(By.tagName("h1"));
    clean("version history");
  }

  @Test
  @Order(6)
  void theLoginErrorAndTheAuditPageShowAPayloadLoginIdAsText() throws Exception {
    start();
    screen.logOut();
    String payloadLogin = "<svg onload=window.__xss=1>" + unique;
    screen.type("login:loginId", payloadLogin);
    screen.type("login:password", "wrong-password");
    browser.findElement(By.id("login:submit")).click();
    screen.waitFor(By.id("login:loginId"));
    clean("login error");
    Browser.screenshot(browser, "xss-login-error-ja-desktop");
    screen.type("login:loginId", server.adminLogin());
    screen.type("login:password", server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    screen.waitFor(By.id("welcome"));
    screen.open("/admin/audit.xhtml");
    screen.waitFor(By.id("audit-title"));
    clean("audit", payloadLogin);
    Browser.screenshot(browser, "admin-audit-log-ja-desktop");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    screen.open("/admin/audit.xhtml");
    screen.waitFor(By.id("audit-title"));
    Browser.screenshot(browser, "admin-audit-log-ja-phone");
  }

  /** One browser for the class: a signed-in administrator, downloads into a fresh folder. */
  private void start() throws Exception {
    if (browser != null) {
      return;
    }
    downloads = Files.createTempDirectory("tsumugi-xss-downloads-");
    browser = Browser.desktopDownloadingTo("ja", downloads);
    ((ChromeDriver) browser)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    screen = new ScreenSession(server, browser).logIn();
  }

  /**
   * Asserts that no payload ran on the current page (nor alerted), injected no element, and that
   * each of {@code shown} appears literally in the page's text (so {@code #{7*7}} was not evaluated
   * to 49).
   */
  private void clean(String where, String... shown) {
    screen.settle();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(js.executeScript("return window.__xss;")).as(where + ": a payload ran").isNull();
    assertThat(js.executeScript("return window.__alerts || 0;"))
        .as(where + ": an alert fired")
        .isEqualTo(0L);
    String text = browser.findElement(By.tagName("body")).getText();
    for (String s : shown) {
      assertThat(text).as(where + ": shows the payload literally").contains(s);
    }
    assertThat(browser.findElements(By.cssSelector("img[src='x'], svg[onload]")))
        .as(where + ": a payload element was injected")
        .isEmpty();
  }

  private long create(String entity, ObjectNode json) throws Exception {
    ApiClient.Reply r = api.call("POST", "/api/v1/records/" + entity, token, json.toString());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private static ObjectNode api() {
    return ApiClient.JSON.createObjectNode();
  }

  private static ObjectNode record(String title, String notes, String stage) {
    return api().put("title", title).put("notes", notes).put("stage", stage);
  }

  private static void label(ObjectNode label, String text) {
    label.put("ja", text).put("en", text);
  }

  private static ObjectNode field(ArrayNode fields, String name, String type, String label) {
    ObjectNode f = fields.addObject();
    f.put("id", "xss-probe-" + name).put("name", name).put("type", type);
    label(f.putObject("label"), label);
    return f;
  }

  private static Path csvIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
