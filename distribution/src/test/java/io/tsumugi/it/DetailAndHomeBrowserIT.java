package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A deal's detail page shows its activities newest first and, after the rep moves the deal to
 * another stage in the form, the change in the field history; the home page then lists the deal
 * among the recent records and the rep's open tasks by due date.
 */
class DetailAndHomeBrowserIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);
  private final String unique = UUID.randomUUID().toString().substring(0, 6);
  private WebDriver browser;
  private ScreenSession screen;

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

  private void activity(String subject, long deal, String at, String extra) throws Exception {
    create(
        "activity",
        "{\"subject\":\""
            + subject
            + "\",\"activity_type\":\"visit\",\"activity_at\":\""
            + at
            + "\",\"opportunity\":"
            + deal
            + extra
            + "}");
  }

  @Test
  void timelineAndHistoryShowOnTheDealAfterAnEditAndHomeListsItWithMyTasks() throws Exception {
    long account = create("account", "{\"name\":\"履歴商事" + unique + "\"}");
    String dealName = "履歴商談" + unique;
    long deal =
        create(
            "opportunity",
            "{\"name\":\""
                + dealName
                + "\",\"account\":"
                + account
                + ",\"stage\":\"qualification\",\"close_date\":\"2026-12-25\"}");
    activity("初回訪問" + unique, deal, "2026-01-10T01:00:00Z", ",\"notes\":\"課題をヒアリング\"");
    activity("提案説明" + unique, deal, "2026-02-20T05:30:00Z", "");
    String overdueTask = "見積送付" + unique;
    String laterTask = "契約書確認" + unique;
    create(
        "activity",
        "{\"subject\":\""
            + laterTask
            + "\",\"activity_type\":\"task\",\"activity_at\":\"2026-01-01T00:00:00Z\","
            + "\"due_date\":\""
            + LocalDate.now().plusDays(30)
            + "\",\"opportunity\":"
            + deal
            + "}");
    create(
        "activity",
        "{\"subject\":\""
            + overdueTask
            + "\",\"activity_type\":\"task\",\"activity_at\":\"2026-01-01T00:00:00Z\","
            + "\"due_date\":\"2020-01-01\",\"opportunity\":"
            + deal
            + "}");
    browser = Browser.desktop("ja");
    screen = new ScreenSession(server, browser).logIn();

    // Edit the stage in the form; the detail page then has the change in its history.
    screen.open("/r/edit.xhtml?entity=opportunity&id=" + deal);
    screen.choose("form:stage", "提案");
    browser.findElement(By.id("form:save")).click();
    screen.waitFor(By.id("record-title"));

    String timeline = screen.waitFor(By.id("timeline")).getText();
    assertThat(timeline.indexOf("提案説明" + unique))
        .as("newest activity first")
        .isGreaterThanOrEqualTo(0)
        .isLessThan(timeline.indexOf("初回訪問" + unique));
    assertThat(timeline).contains("訪問").contains("課題をヒアリング").contains("2026/02/20 14:30");
    String history = screen.waitFor(By.id("history")).getText();
    assertThat(history).contains("フェーズ").contains("見込み評価").contains("提案");
    screen.scrollTo("timeline");
    Browser.screenshot(browser, "opportunity-detail-timeline-ja-desktop");

    // "New activity" fills the deal in.
    browser.findElement(By.id("new-activity")).click();
    screen.waitUntil(
        "the deal prefilled",
        d -> d.findElement(By.id("form:opportunity_input")).getAttribute("value").equals(dealName));

    screen.open("/");
    String recent = screen.waitFor(By.id("recent-records")).getText();
    assertThat(recent).contains(dealName);
    String tasks = screen.waitFor(By.id("my-tasks")).getText();
    assertThat(tasks.indexOf(overdueTask))
        .as("earliest due first")
        .isGreaterThanOrEqualTo(0)
        .isLessThan(tasks.indexOf(laterTask));
    assertThat(tasks).contains("期限切れ");
    // The active metadata version says what it changed, in Japanese.
    assertThat(browser.findElement(By.id("metadata-summary")).getText()).contains("を作成");
    Browser.screenshot(browser, "home-ja-desktop");
  }

  @Test
  void aNewAccountIsCreatedFromTheDealsLookupAndChosenThere() throws Exception {
    browser = Browser.desktop("ja");
    screen = new ScreenSession(server, browser).logIn();
    screen.open("/r/edit.xhtml?entity=opportunity");
    String account = "即時作成商事" + unique;
    screen.waitFor(By.id("form:account-new")).click();
    screen.waitForText("取引先の新規作成");
    // Saving without the name: the record service's message appears in the dialog.
    screen.waitFor(By.id("quickCreate:save")).click();
    screen.waitUntil(
        "the required message",
        d -> d.findElement(By.id("quickCreate:messages")).getText().contains("取引先名"));
    browser
        .findElement(By.cssSelector("#quickCreate\\:dialog input[type='text']"))
        .sendKeys(account);
    Browser.screenshot(browser, "quick-create-ja-desktop");
    browser.findElement(By.id("quickCreate:save")).click();
    screen.waitUntil(
        "the new account in the lookup",
        d -> account.equals(d.findElement(By.id("form:account_input")).getAttribute("value")));

    screen.type("form:name", "即時作成商談" + unique);
    screen.choose("form:stage", "提案");
    screen.type("form:close_date_input", "2026/12/25");
    browser.findElement(By.id("form:save")).click();
    screen.waitFor(By.id("record-title"));
    assertThat(browser.findElement(By.id("field-account")).getText()).contains(account);
  }

  @Test
  void detailAndHomeFitAPhone() throws Exception {
    long account = create("account", "{\"name\":\"電話商事" + unique + "\"}");
    browser = Browser.phone("ja");
    screen = new ScreenSession(server, browser).logIn();
    screen.open("/r/view.xhtml?entity=account&id=" + account);
    screen.waitFor(By.id("timeline"));
    Browser.screenshot(browser, "account-detail-ja-phone");
    screen.scrollTo("timeline");
    Browser.screenshot(browser, "account-detail-timeline-ja-phone");
    screen.open("/");
    screen.waitFor(By.id("recent-records"));
    Browser.screenshot(browser, "home-ja-phone");
    Long width =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
  }
}
