package io.tsumugi.it;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test does on the admin console and the record screens, in Japanese: log in, type,
 * pick from PrimeFaces menus, wait for ajax, define an entity and its fields. Failures say what was
 * awaited and what the page said, with a screenshot.
 */
final class ConsoleBrowser {

  private final WebDriver browser;
  private final RunningServer server;

  ConsoleBrowser(WebDriver browser, RunningServer server) {
    this.browser = browser;
    this.server = server;
  }

  WebDriver driver() {
    return browser;
  }

  void logInAsAdmin() {
    browser.get(server.baseUri().toString());
    browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
    browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    waitFor(By.id("welcome"));
  }

  void open(String path) {
    browser.get(server.uri(path).toString());
  }

  /** Creates an entity in the draft through the console's entity page. */
  void createEntity(String apiName, String ja, String en, String nameJa, String nameEn) {
    open("/admin/entity.xhtml");
    type("entity:apiName", apiName);
    type("entity:labelJa", ja);
    type("entity:labelEn", en);
    type("entity:pluralJa", ja);
    type("entity:pluralEn", en + "s");
    type("entity:nameFieldLabelJa", nameJa);
    type("entity:nameFieldLabelEn", nameEn);
    browser.findElement(By.id("entity:save")).click();
    waitUntil("the entity page of " + apiName, d -> text(By.id("entity-title")).contains(apiName));
  }

  /** Opens the field editor from the entity page and fills type, API name and labels. */
  void addField(String typeLabel, String apiName, String ja, String en) {
    browser.findElement(By.id("children:add-field")).click();
    waitFor(By.id("field:apiName"));
    if (!"テキスト".equals(typeLabel)) {
      choose("field:type", typeLabel);
      sleepForAjax();
    }
    type("field:apiName", apiName);
    type("field:labelJa", ja);
    type("field:labelEn", en);
  }

  /** Saves the field editor and waits for the field on the entity page. */
  void saveField(String label) {
    browser.findElement(By.id("field:save")).click();
    waitUntil(
        "the field " + label + " on the entity page",
        d ->
            d.findElements(By.id("children:fields")).size() == 1
                && text(By.id("children:fields")).contains(label));
  }

  /** Reviews the draft and applies it. */
  void reviewAndApply(String... planMentions) {
    open("/admin/review.xhtml");
    String plan = waitFor(By.id("review:changes")).getText();
    for (String mention : planMentions) {
      if (!plan.contains(mention)) {
        throw new AssertionError("The plan does not mention " + mention + ": " + plan);
      }
    }
    browser.findElement(By.id("review:apply")).click();
    waitUntil("the apply message", d -> text(By.id("messages")).contains("適用しました"));
  }

  /** Picks an item of a PrimeFaces select-one menu by its label. */
  void choose(String id, String label) {
    awaitAjax(); // a response still coming would re-render the menu under the click
    waitFor(By.id(id)).click();
    String items = "#" + id.replace(":", "\\:") + "_items";
    WebElement item = waitFor(By.cssSelector(items + " li[data-label='" + label + "']"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
    sleepForAjax(); // the panel's opening animation
    item.click();
    waitUntil(
        id + " to show " + label, d -> d.findElement(By.id(id + "_label")).getText().equals(label));
  }

  /** Ticks a PrimeFaces checkbox. */
  void check(String id) {
    click(By.cssSelector("#" + id.replace(":", "\\:") + " .ui-chkbox-box"));
  }

  void type(String id, String value) {
    awaitAjax();
    WebElement input = waitFor(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  String text(By locator) {
    return Browser.textOf(browser, locator);
  }

  void click(By locator) {
    awaitAjax();
    WebElement e = waitFor(locator);
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  /** Waits until PrimeFaces has no ajax request in flight (its responses re-render the form). */
  void awaitAjax() {
    waitUntil(
        "the ajax requests to finish",
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  void sleepForAjax() {
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void waitUntil(String what, Function<WebDriver, Boolean> condition) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      Browser.screenshot(browser, "failed-console-" + what.replaceAll("[^A-Za-z0-9]", "-"));
      throw new AssertionError(
          "Timed out waiting for "
              + what
              + " at "
              + browser.getCurrentUrl()
              + "; the page said: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      Browser.screenshot(
          browser, "failed-console-wait-" + locator.toString().replaceAll("[^A-Za-z0-9]", "_"));
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

  /** A screenshot of the whole page at {@code width}: the window grows to the page's height. */
  void fullPageScreenshot(String name, int width) {
    Dimension before = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(width, before.getHeight()));
    sleepForAjax();
    Long height =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new Dimension(width, Math.min(height.intValue() + 120, 8000)));
    sleepForAjax();
    Browser.screenshot(browser, name);
    browser.manage().window().setSize(before);
  }
}
