package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person logs in through a real browser, in Japanese, on a laptop and on a phone. */
class LoginBrowserIT {

  private final RunningServer server = RunningServer.get();
  private WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void japaneseUserFixesAWrongPasswordAndReachesTheHomePage() {
    browser = Browser.desktop("ja");
    browser.get(server.baseUri().toString());

    assertThat(label("loginId")).startsWith("ログインID"); // followed by the required marker
    Browser.screenshot(browser, "login-ja-desktop");

    submitLogin("wrong-password");
    WebElement error = waitFor(By.cssSelector("#login\\:messages .ui-messages-error"));
    assertThat(error.getText()).contains("ログインIDまたはパスワードが正しくありません。");
    Browser.screenshot(browser, "login-ja-desktop-error");

    submitLogin(server.adminPassword());
    WebElement welcome = waitFor(By.id("welcome"));
    assertThat(welcome.getText()).contains("ようこそ");
    assertThat(browser.findElement(By.id("metadata-version")).getText()).matches("\\d+");
    Browser.screenshot(browser, "home-ja-desktop");

    browser.findElement(By.linkText("管理コンソール")).click();
    assertThat(waitFor(By.id("entities-title")).getText()).isEqualTo("エンティティ");
    browser.findElement(By.id("nav-versions")).click();
    assertThat(waitFor(By.id("history:versions")).getText()).contains("有効");
    Browser.screenshot(browser, "admin-ja-desktop");
  }

  @Test
  void loginAndHomeFitAPhoneScreen() {
    browser = Browser.phone("ja");
    browser.get(server.baseUri().toString());
    Browser.screenshot(browser, "login-ja-phone");

    submitLogin(server.adminPassword());
    waitFor(By.id("welcome"));
    Browser.screenshot(browser, "home-ja-phone");

    Long pageWidth =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    assertThat(pageWidth).as("no horizontal scrolling on a 390px phone").isLessThanOrEqualTo(390);
  }

  private void submitLogin(String password) {
    WebElement loginId = browser.findElement(By.id("login:loginId"));
    loginId.clear();
    loginId.sendKeys(server.adminLogin());
    WebElement passwordField = browser.findElement(By.id("login:password"));
    passwordField.clear();
    passwordField.sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
  }

  private String label(String inputId) {
    return browser.findElement(By.cssSelector("label[for='login:" + inputId + "']")).getText();
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
