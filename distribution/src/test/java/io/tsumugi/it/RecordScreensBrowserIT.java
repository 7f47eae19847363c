package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Japanese-speaking sales rep works with the generated screens of the standard entities: creates
 * an account, meets a rule error on a deal and fixes it, finds and sorts records in lists, moves
 * the deal on the pipeline board, and deletes a record — all through the browser.
 */
class RecordScreensBrowserIT {

  private final RunningServer server = RunningServer.get();
  private WebDriver browser;
  private final String unique = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void logIn() {
    browser = Browser.desktop("ja");
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
  void salesRepCreatesAnAccountAndADealFixingARuleErrorThenMovesItOnTheBoard() {
    // The navigation comes from metadata: 取引先 opens the account list.
    browser.findElement(By.linkText("取引先")).click();
    assertThat(waitFor(By.id("list-title")).getText()).isEqualTo("取引先");
    browser.findElement(By.id("list:new")).click();

    // A new account; the phone typed in full-width digits is normalised by the server.
    String account = "株式会社テスト商事" + unique;
    type("form:name", account);
    type("form:phone", "０３１２３４５６７８");
    browser.findElement(By.id("form:name")).click(); // leave the phone field
    // The field is re-rendered by the normalising ajax call: a stale read is retried.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> "03-1234-5678".equals(d.findElement(By.id("form:phone")).getAttribute("value")));
    Browser.screenshot(browser, "account-form-ja-desktop");
    assertThat(saveAndOpenDetail("account-save-failed").getText()).isEqualTo(account);
    assertThat(browser.findElement(By.id("field-phone")).getText()).contains("03-1234-5678");
    Browser.screenshot(browser, "account-detail-ja-desktop");

    // A deal for it with a negative amount: the rule's Japanese message appears next to 金額.
    browser.get(server.uri("/r/edit.xhtml?entity=opportunity").toString());
    String deal = "テスト商談" + unique;
    type("form:name", deal);
    chooseLookup("form:account", account);
    type("form:close_date_input", "2026/12/25");
    Browser.typeNumber(browser, "form:amount", "-1000");
    browser.findElement(By.id("form:save")).click();
    // The message element exists (empty) before the answer arrives: wait for its text.
    waitUntil(
        "the amount rule's message",
        d -> d.findElement(By.id("form:amount-msg")).getText().contains("金額は 0 以上で入力してください。"));
    assertThat(browser.findElement(By.id("form:name")).getAttribute("value")).isEqualTo(deal);
    Browser.screenshot(browser, "opportunity-form-ja-rule-error");
    Browser.typeNumber(browser, "form:amount", "1200000");
    assertThat(saveAndOpenDetail("opportunity-save-failed").getText()).isEqualTo(deal);
    assertThat(browser.findElement(By.id("field-amount")).getText()).contains("¥1,200,000");

    // The deal sits in リード獲得 on the board; dragging it to 提案 moves it there.
    browser.get(server.uri("/r/board.xhtml?entity=opportunity").toString());
    WebElement card = cardNamed(deal);
    WebElement proposal = columnFor("proposal");
    new Actions(browser).clickAndHold(card).moveToElement(proposal).pause(300).release().perform();
    // The board re-renders its columns after the drop: waitUntil ignores stale elements.
    waitUntil(
        "the deal in the proposal column", d -> columnFor("proposal").getText().contains(deal));
    Browser.screenshot(browser, "board-ja-desktop");
  }

  @Test
  void listFindsAndSortsAndARecordCanBeDeleted() {
    String first = "あいう商店" + unique;
    String second = "わをん商店" + unique;
    createAccount(first);
    createAccount(second);

    browser.get(server.uri("/r/list.xhtml?entity=account").toString());
    type("list:quickFind", unique);
    waitUntil("two rows after quick find", d -> rowNames().size() == 2);
    assertThat(rowNames()).containsExactlyInAnyOrder(first, second);

    clickFirstSortableHeader();
    waitUntil("sorted rows", d -> firstRowIs(first));
    clickFirstSortableHeader();
    waitUntil("sorted rows", d -> firstRowIs(second));
    Browser.screenshot(browser, "account-list-ja-desktop");

    browser.findElement(By.linkText(second)).click();
    waitFor(By.id("record-title"));
    browser.findElement(By.id("detail:delete")).click();
    waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
    waitFor(By.id("list-title"));
    type("list:quickFind", unique);
    waitUntil("1 rows", d -> rowNames().size() == 1);
    assertThat(rowNames()).containsExactly(first);
  }

  @Test
  void unknownEntityOrRecordShowsTheNotFoundPageInJapanese() {
    browser.get(server.uri("/r/list.xhtml?entity=no_such_entity").toString());
    assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("見つかりません");
    Browser.screenshot(browser, "not-found-ja");

    browser.get(server.uri("/r/view.xhtml?entity=account&id=999999999").toString());
    assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("見つかりません");
    browser.get(server.uri("/r/board.xhtml?entity=account").toString());
    assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("見つかりません");
  }

  @Test
  void formsAndListsFitAPhone() {
    browser.quit();
    browser = Browser.phone("ja");
    logInAgain();
    browser.get(server.uri("/r/list.xhtml?entity=opportunity").toString());
    waitFor(By.id("list-title"));
    Browser.screenshot(browser, "opportunity-list-ja-phone");
    browser.get(server.uri("/r/edit.xhtml?entity=opportunity").toString());
    waitFor(By.id("form:name"));
    Browser.screenshot(browser, "opportunity-form-ja-phone");
    Long width =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    assertThat(width)
        .as("the form needs no sideways scrolling on a phone")
        .isLessThanOrEqualTo(390);
  }

  private void logInAgain() {
    browser.get(server.baseUri().toString());
    browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
    browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    waitFor(By.id("welcome"));
  }

  private void createAccount(String name) {
    browser.get(server.uri("/r/edit.xhtml?entity=account").toString());
    type("form:name", name);
    saveAndOpenDetail("account-save-failed");
  }

  /** The table re-renders after each click, so the header is found anew every time. */
  private void clickFirstSortableHeader() {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(By.cssSelector("#list\\:records th.ui-sortable-column")).click();
              return true;
            });
  }

  private boolean firstRowIs(String name) {
    try {
      List<String> names = rowNames();
      return !names.isEmpty() && names.get(0).equals(name);
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return false;
    }
  }

  private List<String> rowNames() {
    return browser
        .findElements(By.cssSelector("#list\\:records tbody tr td a[href*='view.xhtml']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private WebElement cardNamed(String name) {
    return waitFor(
        By.xpath("//div[contains(@class,'ts-board-card')][.//a[text()='" + name + "']]"));
  }

  private WebElement columnFor(String stage) {
    return browser.findElement(By.cssSelector(".ts-board-column[data-stage='" + stage + "']"));
  }

  private void chooseLookup(String id, String name) {
    WebElement input = browser.findElement(By.id(id + "_input"));
    input.sendKeys(name.substring(0, 4));
    waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'" + name + "')]"))
        .click();
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Waits for {@code condition}; on a timeout keeps a screenshot and says what the page showed. */
  private void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(browser, "failed-" + what.replace(' ', '-'));
      throw new AssertionError(
          "Timed out waiting for "
              + what
              + "; the page said: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  /** Saves the form and waits for the detail page; on failure keeps what the user saw. */
  private WebElement saveAndOpenDetail(String screenshotOnFailure) {
    browser.findElement(By.id("form:save")).click();
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("record-title")));
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(browser, screenshotOnFailure);
      try {
        java.nio.file.Files.writeString(
            Browser.SCREENSHOTS.resolve(screenshotOnFailure + ".html"), browser.getPageSource());
      } catch (java.io.IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
      throw new AssertionError(
          "The detail page did not open after saving; the page said: "
              + browser.findElement(By.tagName("main")).getText(),
          e);
    }
  }

  private WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (org.openqa.selenium.TimeoutException e) {
      Browser.screenshot(
          browser, "failed-wait-" + locator.toString().replaceAll("[^A-Za-z0-9]", "_"));
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
