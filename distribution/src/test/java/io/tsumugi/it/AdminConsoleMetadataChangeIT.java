package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 7's scenario, in Japanese, through the browser only: an administrator of a real-estate
 * office defines 物件 in the admin console (fields, picklist, lookup to 取引先, a rule), reviews the
 * plan and applies it; then, on the generated screens, creates a 物件, meets the rule's message,
 * fixes it and finds the record in the list. It changes metadata, so it runs with the
 * *MetadataChangeIT tests on their own server.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AdminConsoleMetadataChangeIT {

  private final RunningServer server = RunningServer.get();
  private final String unique = UUID.randomUUID().toString().substring(0, 6);
  private WebDriver browser;

  private static final java.nio.file.Path DOWNLOADS = java.nio.file.Path.of("target/it-downloads");

  @BeforeEach
  void logIn() throws Exception {
    LeftoverDraft.discard(server);
    java.nio.file.Files.createDirectories(DOWNLOADS);
    browser = Browser.desktop("ja", DOWNLOADS);
    browser.get(server.baseUri().toString());
    browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
    browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    waitFor(By.id("welcome"));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void adminDefinesPropertyAppliesItAndAUserSavesOneAfterMeetingTheRule() {
    // The console lists the standard entities.
    browser.findElement(By.linkText("管理コンソール")).click();
    assertThat(waitFor(By.id("entities-title")).getText()).isEqualTo("エンティティ");
    assertThat(browser.findElement(By.id("entities")).getText()).contains("取引先", "標準");
    Browser.screenshot(browser, "admin-entities-ja");

    // A new entity: 物件, with its name field 物件名.
    browser.findElement(By.id("new-entity")).click();
    type("entity:apiName", "property");
    type("entity:labelJa", "物件");
    type("entity:labelEn", "Property");
    type("entity:pluralJa", "物件");
    type("entity:pluralEn", "Properties");
    type("entity:icon", "building");
    type("entity:nameFieldLabelJa", "物件名");
    type("entity:nameFieldLabelEn", "Property name");
    Browser.screenshot(browser, "admin-entity-new-ja");
    browser.findElement(By.id("entity:save")).click();
    waitUntil("the entity page of property", d -> text(By.id("entity-title")).contains("property"));
    assertThat(text(By.id("draft-banner"))).contains("下書きに未適用の変更があります");

    // 家賃: currency, required.
    addField("currency", "通貨", "rent", "家賃", "Rent");
    check("field:required");
    saveField("家賃");

    // 間取り: a picklist of six values, typed one per line.
    addField("picklist", "選択リスト", "floor_plan", "間取り", "Floor plan");
    type("field:bulkValues", "1R\n1K\n1DK\n1LDK\n2LDK\n3LDK");
    browser.findElement(By.id("field:addBulk")).click();
    waitUntil(
        "six picklist rows",
        d -> d.findElements(By.cssSelector("#field\\:values_data tr")).size() == 6);
    assertThat(browser.findElement(By.id("field:values:5:labelJa")).getAttribute("value"))
        .isEqualTo("3LDK");
    Browser.screenshot(browser, "admin-field-picklist-ja");
    // The order by drag and drop: 3LDK, its English label just typed, is dragged by its handle
    // to the top. What was typed moves with the row, and the new order is what the draft keeps.
    type("field:values:5:labelEn", "3LDK family");
    dragRow("field:values", 5, 0);
    assertThat(picklistLabels()).containsExactly("3LDK", "1R", "1K", "1DK", "1LDK", "2LDK");
    assertThat(browser.findElement(By.id("field:values:0:labelEn")).getAttribute("value"))
        .isEqualTo("3LDK family");
    assertThat(browser.findElement(By.id("field:values:1:labelEn")).getAttribute("value"))
        .isEqualTo("1R");
    Browser.screenshot(browser, "admin-field-picklist-dragged-ja");
    saveField("間取り");
    browser.get(server.uri("/admin/field.xhtml?entity=property&field=floor_plan").toString());
    waitFor(By.id("field:values:0:labelJa"));
    assertThat(picklistLabels()).containsExactly("3LDK", "1R", "1K", "1DK", "1LDK", "2LDK");
    assertThat(browser.findElement(By.id("field:values:0:labelEn")).getAttribute("value"))
        .isEqualTo("3LDK family");
    browser.get(server.uri("/admin/entity.xhtml?entity=property").toString());
    waitFor(By.id("children:add-field"));

    // 駅徒歩: integer minutes from 0 to 120.
    addField("integer", "整数", "walk_minutes", "駅徒歩", "Walk to station");
    Browser.typeNumber(browser, "field:min", "0");
    Browser.typeNumber(browser, "field:max", "120");
    saveField("駅徒歩");

    addField("text", "テキスト", "nearest_station", "最寄り駅", "Nearest station");
    saveField("最寄り駅");
    addField("date", "日付", "available_from", "入居可能日", "Available from");
    saveField("入居可能日");

    // A lookup to 取引先 (the standard account entity).
    addField("lookup", "参照", "account", "取引先", "Account");
    choose("field:target", "取引先 (account)");
    saveField("取引先");

    // The rule, with live compile errors while typing.
    browser.findElement(By.id("children:add-rule")).click();
    waitFor(By.id("rule:apiName"));
    type("rule:apiName", "rent_positive");
    // 家賃 is a currency (a CEL double): comparing it with a whole number is fine, but an equality
    // with one is a type error, and the page says what to write.
    type("rule:expression", "rent != 0");
    waitUntil(
        "the type error and its hint",
        d -> text(By.id("rule:expression-check")).contains("0 ではなく 0.0 と書いてください"));
    // CEL's error itself in Japanese, the types named as the administrator knows them.
    assertThat(text(By.id("rule:expression-check")))
        .contains("1 行 6 列目: 演算子「!=」は 数値 と 整数 の組み合わせには使えません")
        .doesNotContain("no matching overload");
    Browser.screenshot(browser, "admin-rule-type-error-ja");
    type("rule:expression", "rent > 0");
    waitUntil("the rule compiles", d -> text(By.id("rule:expression-check")).contains("正しく解釈でき"));
    type("rule:messageJa", "家賃は0より大きい値を入力してください");
    type("rule:messageEn", "Rent must be greater than 0");
    choose("rule:attachTo", "家賃 (rent)");
    Browser.screenshot(browser, "admin-rule-ja");
    browser.findElement(By.id("rule:save")).click();
    waitUntil("the rule in the list", d -> text(By.id("children:rules")).contains("rent_positive"));
    fullPageScreenshot("admin-entity-property-ja");

    // On 取引先, a rollup counting its 物件 through their lookup to 取引先. A sum with nothing to sum is
    // refused with the validator's message.
    browser.get(server.uri("/admin/entity.xhtml?entity=account").toString());
    waitFor(By.id("children:add-field"));
    addField("rollup", "積み上げ集計", "property_count", "物件数", "Properties");
    choose("field:childEntity", "物件 (property)");
    sleepForAjax(); // the child's lookup is left empty: the first one to 取引先, named on save
    choose("field:function", "合計");
    waitFor(By.id("field:summarizedField"));
    browser.findElement(By.id("field:save")).click();
    waitUntil("the validator's message", d -> text(By.id("messages")).contains("集計する項目）が必要です"));
    choose("field:function", "件数");
    waitUntil(
        "no summarised field for a count",
        d -> d.findElements(By.id("field:summarizedField")).isEmpty());
    type("field:filter", "rent >");
    waitUntil("the condition's error", d -> text(By.id("field:filter-check")).contains("誤り"));
    type("field:filter", "rent > 0");
    waitUntil("the condition compiles", d -> text(By.id("field:filter-check")).contains("正しく解釈でき"));
    Browser.screenshot(browser, "admin-field-rollup-ja");
    saveField("物件数");

    // Review: the plan adds the entity and its lookup, all safe; apply.
    browser.findElement(By.id("nav-review")).click();
    waitFor(By.id("review:changes"));
    String plan = text(By.id("review:changes"));
    assertThat(plan).contains("property").contains("安全").doesNotContain("破壊的");
    Browser.screenshot(browser, "admin-review-ja");
    browser.findElement(By.id("review:apply")).click();
    waitUntil("the apply message", d -> text(By.id("messages")).contains("適用しました"));
    assertThat(text(By.id("review:no-draft"))).contains("下書きはありません");
    Browser.screenshot(browser, "admin-applied-ja");

    // As an end user: an account to point at, then a 物件.
    String account = "不動産オーナー株式会社" + unique;
    browser.get(server.uri("/r/edit.xhtml?entity=account").toString());
    type("form:name", account);
    browser.findElement(By.id("form:save")).click();
    waitFor(By.id("record-title"));
    String accountPage = browser.getCurrentUrl();

    browser.findElement(By.linkText("物件")).click();
    assertThat(waitFor(By.id("list-title")).getText()).isEqualTo("物件");
    browser.findElement(By.id("list:new")).click();
    String property = "グランメゾン渋谷" + unique;
    type("form:name", property);
    Browser.typeNumber(browser, "form:rent", "0");
    choose("form:floor_plan", "1LDK");
    Browser.typeNumber(browser, "form:walk_minutes", "8");
    type("form:nearest_station", "渋谷");
    chooseLookup("form:account", account);
    // The date last: its calendar stays open over the inputs below it.
    type("form:available_from_input", "2026/04/01");
    browser.findElement(By.id("form:available_from_input")).sendKeys(Keys.ESCAPE);
    browser.findElement(By.id("form:save")).click();
    waitUntil(
        "the rule's message next to 家賃",
        d -> text(By.id("form:rent-msg")).contains("家賃は0より大きい値を入力してください"));
    Browser.screenshot(browser, "property-form-rule-error-ja");

    Browser.typeNumber(browser, "form:rent", "128000");
    browser.findElement(By.id("form:save")).click();
    assertThat(waitFor(By.id("record-title")).getText()).isEqualTo(property);
    assertThat(text(By.id("field-rent"))).contains("128,000");
    assertThat(text(By.id("field-floor_plan"))).contains("1LDK");
    Browser.screenshot(browser, "property-detail-ja");

    // The account counts its 物件 (the rollup's condition rent > 0 holds).
    browser.get(accountPage);
    waitFor(By.id("record-title"));
    assertThat(text(By.id("field-property_count"))).contains("1");
    Browser.screenshot(browser, "account-rollup-ja");

    browser.findElement(By.linkText("物件")).click();
    waitFor(By.id("list-title"));
    type("list:quickFind", unique);
    waitUntil("the new property in the list", d -> text(By.id("list")).contains(property));
    Browser.screenshot(browser, "property-list-ja");

    // Back as the administrator: a stricter rule tried on the stored records names the record
    // it fails on, and the link opens it. Not saved.
    browser.get(server.uri("/admin/rule.xhtml?entity=property&rule=rent_positive").toString());
    waitFor(By.id("rule:expression"));
    type("rule:expression", "rent > 200000");
    waitUntil("the rule compiles", d -> text(By.id("rule:expression-check")).contains("正しく解釈でき"));
    browser.findElement(By.id("rule:try")).click();
    waitUntil("the trial", d -> text(By.id("rule:trial")).contains("1 件中 1 件が条件を満たしません"));
    assertThat(text(By.id("rule:trial"))).contains(property);
    Browser.screenshot(browser, "admin-rule-trial-ja");
    String link =
        browser.findElement(By.cssSelector("#rule\\:trial a.ts-trial-record")).getAttribute("href");
    browser.get(link);
    assertThat(waitFor(By.id("record-title")).getText()).isEqualTo(property);

    // A formula is tried on the newest stored record while it is typed. Not saved.
    browser.get(server.uri("/admin/entity.xhtml?entity=property").toString());
    addField("formula", "数式", "station_label", "最寄り駅名", "Station label");
    type("field:expression", "nearest_station + \"駅\"");
    waitUntil(
        "the formula's example",
        d -> text(By.id("formula-preview")).contains("例：" + property + " → 渋谷駅"));
    Browser.screenshot(browser, "admin-formula-preview-ja");
    // One that compiles but cannot be computed on that record says why, in Japanese.
    type("field:expression", "nearest_station + string(1 / 0)");
    waitUntil(
        "the failed example",
        d -> text(By.id("formula-preview")).contains("計算できません（28 文字目: 0 で割っています）"));
  }

  /**
   * The configuration round trip: 物件 is exported as a package file, deleted (a destructive plan
   * that needs confirming), and imported again from the file through a reviewed plan; the history
   * shows each version's changes and the audit log who did it.
   */
  @Test
  @org.junit.jupiter.api.Order(2)
  void propertyExportedDeletedAndImportedBackThroughReviewedPlans() throws Exception {
    browser.get(server.uri("/admin/transfer.xhtml").toString());
    waitFor(By.id("transfer-title"));
    browser.findElement(By.xpath("//label[text()='物件 (property)']")).click();
    try (var old = java.nio.file.Files.list(DOWNLOADS)) {
      for (java.nio.file.Path p : old.toList()) {
        java.nio.file.Files.delete(p);
      }
    }
    browser.findElement(By.id("export:download")).click();
    waitUntil("the package file", d -> downloadedFile() != null);
    java.nio.file.Path file = downloadedFile().toAbsolutePath();
    String json = java.nio.file.Files.readString(file);
    assertThat(json)
        .contains("\"property\"")
        .contains("rent_positive")
        .doesNotContain("\"opportunity\"");
    Browser.screenshot(browser, "admin-transfer-ja");

    // 最寄り駅 is deleted: a destructive plan, refused until the administrator confirms it.
    browser.get(server.uri("/admin/entity.xhtml?entity=property").toString());
    waitFor(By.id("children:fields"));
    int row = rowOf("children:fields", "nearest_station");
    browser.findElement(By.id("children:fields:" + row + ":delete-field")).click();
    waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitUntil(
        "the field gone from the draft",
        d -> !text(By.id("children:fields")).contains("nearest_station"));
    browser.findElement(By.id("nav-review")).click();
    assertThat(waitFor(By.id("review:changes")).getText()).contains("破壊的");
    browser.findElement(By.id("review:apply")).click();
    waitUntil(
        "the refusal of an unconfirmed destructive plan",
        d -> text(By.id("messages")).contains("確認のうえ適用してください"));
    Browser.screenshot(browser, "admin-review-destructive-ja");
    check("review:confirmDestructive");
    browser.findElement(By.id("review:apply")).click();
    waitUntil("the apply message", d -> text(By.id("messages")).contains("適用しました"));

    // The exported file brings it back through a reviewed plan that only adds.
    browser.get(server.uri("/admin/transfer.xhtml").toString());
    waitFor(By.id("transfer-title"));
    browser.findElement(By.cssSelector("#import input[type='file']")).sendKeys(file.toString());
    browser.findElement(By.id("import:upload")).click();
    waitUntil("the imported plan", d -> text(By.id("review:changes")).contains("nearest_station"));
    assertThat(text(By.id("review:changes"))).doesNotContain("破壊的");
    Browser.screenshot(browser, "admin-review-imported-ja");
    browser.findElement(By.id("review:apply")).click();
    waitUntil("the apply message", d -> text(By.id("messages")).contains("適用しました"));

    browser.get(server.uri("/r/edit.xhtml?entity=property").toString());
    assertThat(waitFor(By.cssSelector("label[for='form:nearest_station']")).getText())
        .isEqualTo("最寄り駅");

    browser.get(server.uri("/admin/index.xhtml").toString());
    waitFor(By.id("history:versions:0:diff")).click();
    waitUntil(
        "the changes of the newest version", d -> text(By.id("changes")).contains("property"));
    Browser.screenshot(browser, "admin-version-diff-ja");

    browser.findElement(By.id("nav-audit")).click();
    waitFor(By.id("audit"));
    assertThat(text(By.id("audit")))
        .contains("package.imported", "metadata.applied", "field.deleted", "admin");
    Browser.screenshot(browser, "admin-audit-ja");

    // The field editor on a phone-sized window: one column, nothing to scroll sideways.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get(server.uri("/admin/field.xhtml?entity=property&field=floor_plan").toString());
    waitFor(By.id("field:apiName"));
    Browser.screenshot(browser, "admin-field-ja-phone");
  }

  /**
   * Two administrators: this one has a draft when another applies a version (here through the REST
   * API, standing in for the other administrator). The review says so, refuses to apply the stale
   * plan and re-plans on the new version, keeping both changes.
   */
  @Test
  @org.junit.jupiter.api.Order(3)
  void anotherAdministratorsApplyIsReportedAndThePlanIsRemadeKeepingBothChanges() throws Exception {
    browser.get(server.uri("/admin/entity.xhtml?entity=property").toString());
    type("entity:labelEn", "Rental property");
    browser.findElement(By.id("entity:save")).click();
    waitUntil("the draft", d -> text(By.id("draft-banner")).contains("下書きに未適用の変更があります"));

    ApiClient api = new ApiClient(server);
    String token = api.adminToken("read-write");
    var pkg =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            api.get("/api/v1/metadata/package", token).json();
    String field = "other_admin_" + unique;
    for (var entity : pkg.path("entities")) {
      if (entity.path("name").asText().equals("account")) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) entity.path("fields"))
            .addObject()
            .put("id", "it-" + field)
            .put("name", field)
            .put("type", "text")
            .putObject("label")
            .put("ja", "別管理者の項目")
            .put("en", "Other admin's field");
      }
    }
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    int base =
        api.call("POST", "/api/v1/metadata/plan", token, proposed)
            .json()
            .path("baseVersion")
            .asInt();
    assertThat(
            api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base, token, proposed)
                .status())
        .isEqualTo(200);

    browser.findElement(By.id("nav-review")).click();
    waitUntil("the conflict notice", d -> text(By.id("review:conflict")).contains("別の管理者がバージョン"));
    assertThat(browser.findElement(By.id("review:apply")).isEnabled()).isFalse();
    Browser.screenshot(browser, "admin-review-conflict-ja");
    browser.findElement(By.id("review:replan")).click();
    waitUntil("the re-planned draft", d -> text(By.id("messages")).contains("下書きをバージョン"));
    String plan = text(By.id("review:changes"));
    assertThat(plan).contains("property").doesNotContain(field).doesNotContain("破壊的");
    browser.findElement(By.id("review:apply")).click();
    waitUntil("the apply message", d -> text(By.id("messages")).contains("適用しました"));

    browser.get(server.uri("/admin/entity.xhtml?entity=account").toString());
    waitUntil("the other admin's field kept", d -> text(By.id("children:fields")).contains(field));
    browser.get(server.uri("/admin/entity.xhtml?entity=property").toString());
    assertThat(waitFor(By.id("entity:labelEn")).getAttribute("value")).isEqualTo("Rental property");
  }

  private int rowOf(String tableId, String apiName) {
    List<WebElement> rows =
        browser.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(apiName)) {
        return i;
      }
    }
    throw new AssertionError(apiName + " is not in " + tableId);
  }

  /** The Japanese labels of the picklist editor's rows, top to bottom. */
  @SuppressWarnings("unchecked")
  private List<String> picklistLabels() {
    return (List<String>)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll("
                    + "\"[id='field:values_data'] input[id$=':labelJa']\"), i => i.value);");
  }

  /**
   * Drags row {@code from} of a PrimeFaces table by its handle to the place of row {@code to}, as a
   * mouse does: jQuery UI's sortable follows the pointer in small steps, not in one jump. Returns
   * once the page shows the server's answer (the table is drawn anew; the browser alone moves the
   * row as it is dropped).
   */
  private void dragRow(String tableId, int from, int to) {
    List<WebElement> handles =
        browser.findElements(
            By.cssSelector("#" + tableId.replace(":", "\\:") + "_data tr .ts-drag-handle"));
    WebElement handle = handles.get(from);
    WebElement target = handles.get(to);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", handles.get(0));
    int distance = target.getLocation().getY() - handle.getLocation().getY();
    int past = (to < from ? -1 : 1) * target.getSize().getHeight() / 2;
    org.openqa.selenium.interactions.Actions drag =
        new org.openqa.selenium.interactions.Actions(browser).clickAndHold(handle);
    int steps = 12;
    for (int k = 0; k < steps; k++) {
      drag.moveByOffset(0, distance / steps).pause(Duration.ofMillis(40));
    }
    drag.moveByOffset(0, distance % steps + past).pause(Duration.ofMillis(300)).release().perform();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(handle));
  }

  private java.nio.file.Path downloadedFile() {
    try (var files = java.nio.file.Files.list(DOWNLOADS)) {
      return files.filter(p -> p.toString().endsWith(".json")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** A screenshot of the whole page: the window grows to the page's height for it. */
  private void fullPageScreenshot(String name) {
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    Long height =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(before.getWidth(), height.intValue() + 120));
    Browser.screenshot(browser, name);
    browser.manage().window().setSize(before);
  }

  private void addField(String type, String typeLabel, String apiName, String ja, String en) {
    browser.findElement(By.id("children:add-field")).click();
    waitFor(By.id("field:apiName"));
    if (!"text".equals(type)) {
      choose("field:type", typeLabel);
      waitUntil(
          "the options of " + type,
          d -> d.findElement(By.id("field:type_input")).getAttribute("value").equals(type));
      sleepForAjax();
    }
    type("field:apiName", apiName);
    type("field:labelJa", ja);
    type("field:labelEn", en);
  }

  private void saveField(String label) {
    browser.findElement(By.id("field:save")).click();
    waitUntil(
        "the field " + label + " on the entity page",
        d ->
            d.findElements(By.id("children:fields")).size() == 1
                && text(By.id("children:fields")).contains(label));
  }

  /** Picks an item of a PrimeFaces select-one menu by its label. */
  private void choose(String id, String label) {
    waitFor(By.id(id)).click();
    String items = "#" + id.replace(":", "\\:") + "_items";
    WebElement item = waitFor(By.cssSelector(items + " li[data-label='" + label + "']"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
    sleepForAjax(); // the panel's opening animation
    item.click();
    waitUntil(
        id + " to show " + label, d -> d.findElement(By.id(id + "_label")).getText().equals(label));
  }

  private void check(String id) {
    browser.findElement(By.cssSelector("#" + id.replace(":", "\\:") + " .ui-chkbox-box")).click();
  }

  private void chooseLookup(String id, String name) {
    WebElement input = browser.findElement(By.id(id + "_input"));
    input.sendKeys(name.substring(0, 4));
    waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'" + name + "')]"))
        .click();
  }

  private void type(String id, String value) {
    WebElement input = waitFor(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private String text(By locator) {
    return Browser.textOf(browser, locator);
  }

  private void sleepForAjax() {
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitUntil(String what, Function<WebDriver, Boolean> condition) {
    new ConsoleBrowser(browser, server).waitUntil(what, condition);
  }

  private WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      Browser.screenshot(
          browser, "failed-admin-wait-" + locator.toString().replaceAll("[^A-Za-z0-9]", "_"));
      throw new AssertionError(
          "Timed out waiting for "
              + locator
              + " at "
              + browser.getCurrentUrl()
              + "; the page said: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }
}
