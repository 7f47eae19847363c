package io.tsumugi.it;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A signed-in browser on the screens with the small steps the browser tests share: log in, wait for
 * text, type, choose from a PrimeFaces menu, read list rows. On a timeout it keeps a screenshot and
 * says what the page showed.
 */
final class ScreenSession {

  final RunningServer server;
  final WebDriver browser;

  ScreenSession(RunningServer server, WebDriver browser) {
    this.server = server;
    this.browser = browser;
  }

  ScreenSession logIn() {
    browser.get(server.baseUri().toString());
    browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
    browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    waitFor(By.id("welcome"));
    return this;
  }

  void logOut() {
    waitFor(By.id("session:logout")).click();
    waitFor(By.id("login:loginId"));
  }

  void open(String path) {
    browser.get(server.uri(path).toString());
  }

  WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      throw failure("Timed out waiting for " + locator, e);
    }
  }

  void waitUntil(String what, Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .ignoring(StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      throw failure("Timed out waiting for " + what, e);
    }
  }

  /** Waits until the page's text contains {@code text}. */
  void waitForText(String text) {
    waitUntil(
        "the text \"" + text + "\"",
        d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  private AssertionError failure(String what, TimeoutException e) {
    String name = "failed-" + what.replaceAll("[^A-Za-z0-9]+", "_");
    name = name.substring(0, Math.min(name.length(), 80));
    Browser.screenshot(browser, name);
    try {
      java.nio.file.Files.writeString(
          Browser.SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    } catch (java.io.IOException io) {
      throw new java.io.UncheckedIOException(io);
    }
    return new AssertionError(
        what
            + " at "
            + browser.getCurrentUrl()
            + "; the page said: "
            + browser.findElement(By.tagName("body")).getText(),
        e);
  }

  /**
   * Waits until PrimeFaces has no ajax call queued or running, after a typing delay has passed (a
   * quick find answers 300 ms after the last key; a table re-rendered then loses clicks).
   */
  void settle() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    waitUntil(
        "ajax calls to finish",
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
  }

  /** Scrolls the element with this id to the top of the window, for a screenshot of it. */
  void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).scrollIntoView(true);", id);
  }

  void type(String id, String text) {
    WebElement input = waitFor(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Opens the PrimeFaces select menu {@code id} and picks the item labelled {@code label}. */
  void choose(String id, String label) {
    By item =
        By.xpath("//li[contains(@class,'ui-selectonemenu-item')][@data-label='" + label + "']");
    // A click that lands while the panel still animates is lost: open and click until it took.
    waitUntil(
        id + " to show " + label,
        d -> {
          if (d.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
            d.findElement(By.id(id)).click();
            return false;
          }
          d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().get().click();
          return d.findElement(By.id(id + "_label")).getText().trim().equals(label);
        });
  }

  /** The texts of the first data column (the linked name) of the list's rows. */
  List<String> rowNames() {
    return browser
        .findElements(By.cssSelector("#list\\:records tbody tr td a[href*='view.xhtml']"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Ticks the selection box of the row whose name is {@code name}. */
  void selectRow(String name) {
    waitFor(
            By.xpath(
                "//tbody[@id='list:records_data']/tr[.//a[text()='"
                    + name
                    + "']]//div[contains(@class,'ui-chkbox-box')]"))
        .click();
  }
}
