package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator makes a department and a user in it in the Japanese console; the new user logs
 * in with the password given.
 */
class IdentityConsoleBrowserIT {

  private static final String PASSWORD = "kintone-yori-2026";
  private final RunningServer server = RunningServer.get();
  private WebDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void administratorCreatesAUserInANewDepartmentWhoThenLogsIn() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String department = "東京営業部" + suffix;
    String loginId = "suzuki-" + suffix;
    openUsersPageAsAdmin();
    type("departmentNew:name", department);
    browser.findElement(By.id("departmentNew:create")).click();
    assertThat(waitFor(By.cssSelector(".ui-messages-info")).getText())
        .contains("部門 " + department + " を作成しました。");

    type("userForm:loginId", loginId);
    type("userForm:displayName", "鈴木 花子");
    type("userForm:email", loginId + "@example.jp");
    choose("userForm:department", department);
    type("userForm:password", PASSWORD);
    browser.findElement(By.id("userForm:save")).click();
    assertThat(waitFor(By.cssSelector(".ui-messages-info")).getText())
        .contains("ユーザー " + loginId + " を作成しました。");
    assertThat(browser.findElement(By.id("users")).getText())
        .contains(loginId, "鈴木 花子", department);
    Browser.screenshot(browser, "admin-users-ja-desktop");

    browser.findElement(By.id("session:logout")).click();
    waitFor(By.id("login:loginId"));
    logIn(loginId, PASSWORD);

    assertThat(waitFor(By.id("welcome")).getText()).contains("鈴木 花子");
    assertThat(browser.findElements(By.linkText("管理コンソール"))).isEmpty();
    Browser.screenshot(browser, "home-new-user-ja-desktop");
  }

  @Test
  void administratorRelabelsRolesAndDeletesOnlyOneNoUserHolds() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String held = "area_" + suffix;
    String unused = "temp_" + suffix;
    openUsersPageAsAdmin();
    for (String role : List.of(held, unused)) {
      type("roleNew:name", role);
      type("roleNew:labelJa", "仮ラベル" + role);
      browser.findElement(By.id("roleNew:create")).click();
      assertThat(waitFor(By.cssSelector(".ui-messages-info")).getText())
          .contains("ロール " + role + " を追加しました。");
    }

    type(roleInput(held, "labelJa"), "エリア長");
    type(roleInput(held, "labelEn"), "Area lead");
    browser.findElement(By.id(roleInput(held, "save"))).click();
    assertThat(waitFor(By.cssSelector(".ui-messages-info")).getText())
        .contains("ロール " + held + " のラベルを変更しました。");
    assertThat(browser.findElement(By.id(roleInput(held, "labelEn"))).getAttribute("value"))
        .isEqualTo("Area lead");

    String loginId = "area-" + suffix;
    type("userForm:loginId", loginId);
    type("userForm:displayName", "地区 太郎");
    browser.findElement(By.xpath("//*[@id='userForm:roles']//label[text()='エリア長']")).click();
    type("userForm:password", PASSWORD);
    browser.findElement(By.id("userForm:save")).click();
    assertThat(waitFor(By.cssSelector(".ui-messages-info")).getText()).contains(loginId);

    browser.findElement(By.id(roleInput(held, "delete"))).click();
    assertThat(waitFor(By.cssSelector(".ui-messages-error")).getText())
        .contains("ロール「" + held + "」は 1 人のユーザーが持っているため削除できません。");
    assertThat(roleNames()).contains(held);
    assertThat(browser.findElements(By.id(roleInput("admin", "delete"))))
        .as("built-in roles have no delete button")
        .isEmpty();

    browser.findElement(By.id(roleInput(unused, "delete"))).click();
    assertThat(waitFor(By.cssSelector(".ui-messages-info")).getText())
        .contains("ロール " + unused + " を削除しました。");
    assertThat(roleNames()).contains(held, "admin", "user").doesNotContain(unused);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView(true)", browser.findElement(By.id("roles-title")));
    Browser.screenshot(browser, "admin-roles-ja-desktop");
  }

  /** The id of an input or button in role {@code name}'s row of the roles table. */
  private String roleInput(String name, String input) {
    List<WebElement> rows = browser.findElements(By.cssSelector("[id='roleEdit:roles_data'] > tr"));
    for (WebElement row : rows) {
      if (row.findElement(By.cssSelector("td code")).getText().equals(name)) {
        return "roleEdit:roles:" + row.getAttribute("data-ri") + ":" + input;
      }
    }
    throw new AssertionError("no row for role " + name);
  }

  private List<String> roleNames() {
    return browser.findElements(By.cssSelector("[id='roleEdit:roles_data'] td code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** A Japanese desktop browser, the administrator logged in, on the Users page. */
  private void openUsersPageAsAdmin() {
    browser = Browser.desktop("ja");
    browser.get(server.baseUri().toString());
    logIn(server.adminLogin(), server.adminPassword());
    waitFor(By.id("welcome"));
    browser.get(server.uri("/admin/users.xhtml").toString());
    assertThat(waitFor(By.id("users-title")).getText()).isEqualTo("ユーザーと部門");
  }

  private void logIn(String loginId, String password) {
    type("login:loginId", loginId);
    type("login:password", password);
    browser.findElement(By.id("login:submit")).click();
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Picks an item of a PrimeFaces select menu by its label. */
  private void choose(String id, String label) {
    By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            d -> {
              List<WebElement> items = d.findElements(item);
              if (items.isEmpty() || !items.get(0).isDisplayed()) {
                d.findElement(By.cssSelector("[id='" + id + "'] .ui-selectonemenu-trigger"))
                    .click();
                return false;
              }
              items.get(0).click();
              return d.findElement(By.id(id + "_label")).getText().equals(label);
            });
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
