package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A sales rep works on many records at once in a list, in Japanese: bulk edit (with a record a rule
 * refuses), bulk delete after confirming, a CSV of exactly what the list shows, and a filter that
 * is still there after logging in again.
 */
class ListToolsBrowserIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private final String unique = UUID.randomUUID().toString().substring(0, 6);
  private WebDriver browser;
  private ScreenSession screen;

  private void start(WebDriver driver) {
    browser = driver;
    screen = new ScreenSession(server, browser).logIn();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private long create(String entity, String json) throws Exception {
    ApiClient.Reply r =
        api.call("POST", "/api/v1/records/" + entity, api.adminToken("read-write"), json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private long deal(String name, long account, String amountJson) throws Exception {
    return create(
        "opportunity",
        "{\"name\":\""
            + name
            + "\",\"account\":"
            + account
            + ",\"stage\":\"negotiation\",\"close_date\":\"2026-12-25\""
            + amountJson
            + "}");
  }

  @Test
  void bulkEditSetsTheStageOnSelectedDealsAndNamesTheOneARuleRefuses() throws Exception {
    long account = create("account", "{\"name\":\"一括商事" + unique + "\"}");
    String withAmount1 = "一括A" + unique;
    String withAmount2 = "一括B" + unique;
    String withoutAmount = "一括C" + unique;
    deal(withAmount1, account, ",\"amount\":100000");
    deal(withAmount2, account, ",\"amount\":200000");
    deal(withoutAmount, account, "");
    start(Browser.desktop("ja"));

    screen.open("/r/list.xhtml?entity=opportunity&view=all_opportunities");
    screen.type("list:quickFind", unique);
    screen.settle();
    screen.waitUntil("3 rows", d -> screen.rowNames().size() == 3);
    screen.selectRow(withAmount1);
    screen.selectRow(withAmount2);
    screen.selectRow(withoutAmount);
    screen.waitForText("3 件選択中");
    browser.findElement(By.id("list:bulk-edit")).click();
    screen.choose("bulkEdit:field", "フェーズ");
    screen.choose("bulkEdit:choice", "成約");
    Browser.screenshot(browser, "list-bulk-edit-ja-desktop");
    browser.findElement(By.id("bulkEdit:apply")).click();

    screen.waitForText("2 件を更新しました。");
    // 成約 needs an amount: the deal without one is named with the rule's message, and kept.
    String messages = browser.findElement(By.id("list:messages")).getText();
    assertThat(messages).contains(withoutAmount + ": ");
    assertThat(messages).doesNotContain(withAmount1 + ": ");
    Browser.screenshot(browser, "list-bulk-edit-result-ja-desktop");
    screen.waitUntil(
        "two deals in 成約",
        d ->
            d.findElements(
                        By.xpath(
                            "//tbody[@id='list:records_data']/tr[td[contains(normalize-space(),'成約')]]"))
                    .size()
                == 2);
  }

  @Test
  void bulkEditMovesSelectedDealsToAnotherAccountPickedByName() throws Exception {
    long from = create("account", "{\"name\":\"旧取引先" + unique + "\"}");
    String toName = "新取引先" + unique;
    long to = create("account", "{\"name\":\"" + toName + "\"}");
    String moved1 = "移管A" + unique;
    String moved2 = "移管B" + unique;
    String stays = "残留C" + unique;
    long id1 = deal(moved1, from, "");
    long id2 = deal(moved2, from, "");
    long id3 = deal(stays, from, "");
    start(Browser.desktop("ja"));

    screen.open("/r/list.xhtml?entity=opportunity&view=all_opportunities");
    screen.type("list:quickFind", unique);
    screen.settle();
    screen.waitUntil("3 rows", d -> screen.rowNames().size() == 3);
    screen.selectRow(moved1);
    screen.selectRow(moved2);
    screen.waitForText("2 件選択中");
    browser.findElement(By.id("list:bulk-edit")).click();
    screen.choose("bulkEdit:field", "取引先");
    WebElement input = screen.waitFor(By.id("bulkEdit:lookup_input"));
    input.sendKeys("新取引先");
    screen
        .waitFor(
            By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'" + toName + "')]"))
        .click();
    Browser.screenshot(browser, "list-bulk-edit-lookup-ja-desktop");
    browser.findElement(By.id("bulkEdit:apply")).click();

    screen.waitForText("2 件を更新しました。");
    String token = api.adminToken("read");
    for (long moved : List.of(id1, id2)) {
      assertThat(
              api.get("/api/v1/records/opportunity/" + moved, token)
                  .json()
                  .path("account")
                  .asLong())
          .isEqualTo(to);
    }
    assertThat(api.get("/api/v1/records/opportunity/" + id3, token).json().path("account").asLong())
        .isEqualTo(from);
  }

  @Test
  void bulkDeleteRemovesTheSelectedRecordsAfterConfirming() throws Exception {
    String keep = "残す商店" + unique;
    String gone1 = "消す商店A" + unique;
    String gone2 = "消す商店B" + unique;
    for (String name : List.of(keep, gone1, gone2)) {
      create("account", "{\"name\":\"" + name + "\"}");
    }
    start(Browser.desktop("ja"));

    openList("account");
    screen.type("list:quickFind", unique);
    screen.settle();
    screen.waitUntil("3 rows", d -> screen.rowNames().size() == 3);
    screen.selectRow(gone1);
    screen.selectRow(gone2);
    screen.waitForText("2 件選択中");
    browser.findElement(By.id("list:bulk-delete")).click();
    screen.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();

    screen.waitForText("2 件を削除しました。");
    screen.waitUntil("1 row", d -> screen.rowNames().equals(List.of(keep)));
  }

  @Test
  void csvExportHasTheFilteredRowsAsShownInUtf8WithABom() throws Exception {
    create(
        "account",
        "{\"name\":\"CSV商事" + unique + "\",\"phone\":\"0312345678\",\"industry\":\"it\"}");
    create("account", "{\"name\":\"=SUM(CSV)\"}".replace("CSV)", "CSV)" + unique));
    create("account", "{\"name\":\"対象外" + unique + "\"}");
    Path downloads = Files.createTempDirectory("tsumugi-downloads-");
    start(Browser.desktopDownloadingTo("ja", downloads));

    openList("account");
    screen.choose("list:filter-field", "取引先名");
    screen.choose("list:filter-op", "含む");
    // Choosing the field or operator re-renders the value box by ajax: typing before it answers
    // is lost on a busy machine.
    screen.settle();
    screen.type("list:filter-value", "CSV");
    browser.findElement(By.id("list:filter-add")).click();
    screen.waitForText("取引先名に「CSV」を含む");
    screen.type("list:quickFind", unique);
    screen.settle();
    screen.waitUntil("2 rows", d -> screen.rowNames().size() == 2);
    Browser.screenshot(browser, "list-filter-ja-desktop");
    browser.findElement(By.id("list:export")).click();

    Path csv = awaitDownload(downloads);
    browser.findElement(By.id("list:filter-reset")).click(); // leave no saved filter behind
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines =
        List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    assertThat(lines.get(0)).contains("\"取引先名\"");
    assertThat(lines).hasSize(3);
    assertThat(String.join("\n", lines))
        .contains("\"CSV商事" + unique + "\"")
        .contains("\"03-1234-5678\"")
        .contains("\"情報通信業\"")
        .contains("\"'=SUM(CSV)" + unique + "\"")
        .doesNotContain("対象外");
  }

  /** Opens an entity's list with the list view's defaults (no conditions saved by other tests). */
  private void openList(String entity) {
    screen.open("/r/list.xhtml?entity=" + entity);
    screen.waitFor(By.id("list:filter-reset")).click();
    screen.waitUntil(
        "no saved conditions", d -> d.findElements(By.cssSelector(".ts-chip")).isEmpty());
    screen.open("/r/list.xhtml?entity=" + entity);
    screen.waitFor(By.id("list:quickFind"));
  }

  private Path awaitDownload(Path folder) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> csvIn(folder) != null);
    return csvIn(folder);
  }

  private static Path csvIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFilterIsStillThereAfterLoggingInAgain() throws Exception {
    create("account", "{\"name\":\"保存条件商事" + unique + "\",\"industry\":\"it\"}");
    create("account", "{\"name\":\"保存条件建設" + unique + "\",\"industry\":\"construction\"}");
    start(Browser.desktop("ja"));
    openList("account");
    screen.type("list:quickFind", unique);
    screen.settle();
    screen.waitUntil("2 rows", d -> screen.rowNames().size() == 2);
    screen.choose("list:filter-field", "業種");
    screen.waitFor(By.id("list:filter-choice"));
    screen.choose("list:filter-choice", "情報通信業");
    browser.findElement(By.id("list:filter-add")).click();
    screen.waitUntil("1 row", d -> screen.rowNames().size() == 1);

    screen.logOut();
    screen.logIn();
    screen.open("/r/list.xhtml?entity=account");
    screen.waitForText("業種が「情報通信業」");
    screen.type("list:quickFind", unique);
    screen.settle();
    screen.waitUntil(
        "the saved filter's row", d -> screen.rowNames().equals(List.of("保存条件商事" + unique)));
    Browser.screenshot(browser, "list-saved-filter-ja-desktop");

    browser.findElement(By.cssSelector(".ts-chip-remove")).click();
    screen.waitUntil("2 rows", d -> screen.rowNames().size() == 2);
  }

  @Test
  void listToolsFitAPhone() throws Exception {
    start(Browser.phone("ja"));
    screen.open("/r/list.xhtml?entity=account");
    screen.waitFor(By.id("list-title"));
    Browser.screenshot(browser, "list-tools-ja-phone");
    screen.scrollTo("list:records");
    Browser.screenshot(browser, "list-rows-ja-phone");
    Long topBar =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return Math.round(document.querySelector('.ts-topbar').getBoundingClientRect().height);");
    assertThat(topBar).as("the top bar is one row on a phone").isLessThan(64);
    Long width =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
  }
}
