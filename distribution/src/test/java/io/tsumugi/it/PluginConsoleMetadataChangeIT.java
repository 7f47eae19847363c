package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's plugins page in the browser: a partner's jar uploaded, its metadata plan previewed
 * before it installs, then upgraded (the plan shows only the new field), disabled, enabled and
 * uninstalled with a confirmation, every step in the console audit; a hostile jar refused with its
 * reason; the page in English on a phone.
 */
class PluginConsoleMetadataChangeIT {

  private static final String ID = "hokenb";

  private final RunningServer server = RunningServer.get();
  private WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void administratorInstallsUpgradesDisablesEnablesAndUninstallsAPluginWithPreviews()
      throws Exception {
    Path dir = Files.createTempDirectory(Path.of(System.getProperty("it.work.dir")), "console-");
    Path v1 =
        Files.write(
            dir.resolve("hokenb-1.0.0.jar"), PluginFiles.archetypeRenamed(ID, "1.0.0", null));
    Path v2 =
        Files.write(
            dir.resolve("hokenb-1.1.0.jar"),
            PluginFiles.archetypeRenamed(ID, "1.1.0", "policy_number"));
    Path evil = Files.write(dir.resolve("evil.jar"), PluginFiles.zipSlip());
    browser = Browser.desktop("ja");
    login();
    browser.get(server.uri("/admin/plugins.xhtml").toString());
    assertThat(waitFor(By.id("plugins-title")).getText()).isEqualTo("プラグイン");

    upload(evil);
    waitUntil("the zip slip refusal", d -> text(By.id("messages")).contains("zip slip"));
    assertThat(browser.findElements(By.id("pending"))).isEmpty();

    upload(v1);
    waitUntil("the preview", d -> text(By.id("pending-title")).contains("インストールしますか"));
    assertThat(text(By.id("pending:plan"))).contains(ID + "_contract");
    Browser.screenshot(browser, "admin-plugins-preview-install-ja");
    assertThat(text(By.id("plugins"))).doesNotContain(ID); // nothing installed before confirming
    browser.findElement(By.id("pending:confirm")).click();
    waitUntil("the install message", d -> text(By.id("messages")).contains("インストールしました"));
    assertThat(status()).isEqualTo("有効");

    upload(v2);
    waitUntil("the upgrade preview", d -> text(By.id("pending-title")).contains("アップグレード"));
    assertThat(text(By.id("pending:plan"))).contains("policy_number").doesNotContain("破壊的");
    Browser.screenshot(browser, "admin-plugins-preview-upgrade-ja");
    browser.findElement(By.id("pending:confirm")).click();
    waitUntil("the upgrade message", d -> text(By.id("messages")).contains("アップグレードしました"));
    assertThat(text(By.id("plugins"))).contains("1.1.0");

    choose();
    browser.findElement(By.id("actions:disable")).click();
    yes();
    waitUntil("the disable message", d -> text(By.id("messages")).contains("無効にしました"));
    assertThat(status()).isEqualTo("無効");
    choose();
    browser.findElement(By.id("actions:enable")).click();
    waitUntil("the enable message", d -> text(By.id("messages")).contains("有効にしました"));
    assertThat(status()).isEqualTo("有効");

    choose();
    browser.findElement(By.id("actions:uninstall")).click();
    Browser.screenshot(browser, "admin-plugins-uninstall-confirm-ja");
    yes();
    waitUntil("the uninstall message", d -> text(By.id("messages")).contains("アンインストールしました"));
    assertThat(status()).isEqualTo("アンインストール済み");
    Browser.screenshot(browser, "admin-plugins-ja");

    browser.findElement(By.id("nav-audit")).click();
    waitFor(By.id("audit"));
    assertThat(text(By.id("audit")))
        .contains(
            "plugin.installed",
            "plugin.upgraded",
            "plugin.disabled",
            "plugin.enabled",
            "plugin.uninstalled",
            ID + " 1.1.0");

    browser.quit();
    browser = Browser.phone("en");
    login();
    browser.get(server.uri("/admin/plugins.xhtml").toString());
    assertThat(waitFor(By.id("plugins-title")).getText()).isEqualTo("Plugins");
    assertThat(text(By.id("plugins"))).contains(ID, "Uninstalled");
    Browser.screenshot(browser, "admin-plugins-phone-en");
  }

  private void upload(Path jar) {
    browser.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(jar.toString());
    browser.findElement(By.id("upload:preview")).click();
  }

  /** Chooses the plugin in the actions form's menu (after the menu's opening animation). */
  private void choose() {
    new ConsoleBrowser(browser, server).choose("actions:chosen", ID + " 1.1.0");
  }

  private void yes() {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
    browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
  }

  private String status() {
    return waitFor(By.cssSelector(".ts-plugin-status[data-plugin='" + ID + "']")).getText();
  }

  private void login() {
    browser.get(server.baseUri().toString());
    waitFor(By.id("login:loginId")).sendKeys(server.adminLogin());
    browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    waitFor(By.id("welcome"));
  }

  private String text(By by) {
    return browser.findElements(by).isEmpty() ? "" : browser.findElement(by).getText();
  }

  private void waitUntil(String what, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .withMessage(() -> what + "; messages: " + text(By.id("messages")))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).isEmpty() ? null : d.findElement(by));
  }
}
