package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when": a partner's plugin generated from the archetype and built with {@code
 * mvn package} ({@link ArchetypePlugin}), uploaded through REST to the running server, and its
 * entity 契約 in the screens: in the navigation, a record created in the form in Japanese and in
 * English (the generated normaliser running on its code), both in the list. The drop-in variant is
 * {@link PluginDropInRestartMetadataChangeIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchetypePluginUploadMetadataChangeIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  @Test
  @Order(1)
  void generatedPluginUploadedThroughRestIsInstalledWithItsEntity() throws Exception {
    String token = api.adminToken("read-write");
    ApiClient.Reply installed =
        api.send(
            api.request("/api/v1/plugins?fileName=tsumugi-plugin-hoken-1.0.0.jar")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ArchetypePlugin.bytes())));
    assertThat(installed.status()).as(installed.body()).isEqualTo(201);
    assertThat(installed.json().path("id").asText()).isEqualTo(ArchetypePlugin.ID);
    assertThat(installed.json().path("status").asText()).isEqualTo("enabled");
    assertThat(installed.json().path("running").asBoolean()).isTrue();

    JsonNode entities = api.get("/api/v1/metadata/package", token).json().path("entities");
    assertThat(entities.findValuesAsText("name")).contains(ArchetypePlugin.ENTITY);
  }

  @Test
  @Order(2)
  void entityIsInTheNavigationAndARecordIsCreatedInJapanese() {
    createInTheScreens("ja", "東京海上 第1号", "hk-００１", "HK-001");
  }

  @Test
  @Order(3)
  void entityIsInTheNavigationAndARecordIsCreatedInEnglish() {
    createInTheScreens("en", "Policy One", "hk-2", "HK-2");
  }

  @Test
  @Order(4)
  void entityListShowsOnAPhone() {
    WebDriver browser = Browser.phone("ja");
    try {
      login(browser);
      browser.get(server.uri("/r/list.xhtml?entity=" + ArchetypePlugin.ENTITY).toString());
      assertThat(waitFor(browser, By.id("list-title")).getText()).isEqualTo("契約");
      Browser.screenshot(browser, "archetype-plugin-list-phone-ja");
    } finally {
      browser.quit();
    }
  }

  private void createInTheScreens(String language, String name, String typedCode, String code) {
    WebDriver browser = Browser.desktop(language);
    // Navigation and list show the plural label: the archetype makes it "<entityLabelEn>s".
    String label =
        language.equals("ja") ? ArchetypePlugin.LABEL_JA : ArchetypePlugin.LABEL_EN + "s";
    try {
      login(browser);
      WebElement nav =
          waitFor(
              browser,
              By.cssSelector("a.ts-nav-entity[href*='entity=" + ArchetypePlugin.ENTITY + "']"));
      assertThat(nav.getText().trim()).isEqualTo(label);
      nav.click();
      assertThat(waitFor(browser, By.id("list-title")).getText()).isEqualTo(label);
      browser.findElement(By.id("list:new")).click();
      waitFor(browser, By.id("form:name")).sendKeys(name);
      browser.findElement(By.id("form:code")).sendKeys(typedCode);
      Browser.screenshot(browser, "archetype-plugin-form-" + language);
      browser.findElement(By.id("form:save")).click();
      waitFor(browser, By.id("record-title"));
      // The generated CodeNormalizer ran on the server: half-width, upper case.
      assertThat(waitFor(browser, By.id("field-code")).getText()).contains(code);
      Browser.screenshot(browser, "archetype-plugin-detail-" + language);

      browser.get(server.uri("/r/list.xhtml?entity=" + ArchetypePlugin.ENTITY).toString());
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.id("list:records")).getText().contains(name));
      assertThat(browser.findElement(By.id("list:records")).getText()).contains(code);
      Browser.screenshot(browser, "archetype-plugin-list-" + language);
    } finally {
      browser.quit();
    }
  }

  private void login(WebDriver browser) {
    browser.get(server.baseUri().toString());
    waitFor(browser, By.id("login:loginId")).sendKeys(server.adminLogin());
    browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
    browser.findElement(By.id("login:submit")).click();
    waitFor(browser, By.id("welcome"));
  }

  private static WebElement waitFor(WebDriver browser, By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).isEmpty() ? null : d.findElement(by));
  }
}
