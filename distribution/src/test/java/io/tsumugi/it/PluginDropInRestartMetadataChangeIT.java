package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drop-in and restart on a server of its own (port offset + 50): the partner's plugin generated
 * from the archetype ({@link ArchetypePlugin}) copied into {@code plugins/} while the server is
 * stopped is installed at the next start and its entity shows on the screens; the file removed
 * while stopped is reported at the next start, the plugin marked failed, its entity and records
 * kept.
 */
class PluginDropInRestartMetadataChangeIT {

  private static RunningServer server;

  @BeforeAll
  static void startAnEmptyServer() throws Exception {
    server = RunningServer.separate("restart", 50);
    server.startFresh();
    server.launch();
  }

  @AfterAll
  static void stopIt() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void jarDroppedWhileStoppedIsInstalledAtStartAndReportedWhenRemovedWithItsDataKept()
      throws Exception {
    ApiClient api = new ApiClient(server);
    assertThat(plugins(api).path("items").size()).isZero();

    server.stop();
    Path dropped = server.pluginsDir().resolve("tsumugi-plugin-hoken-1.0.0.jar");
    Files.copy(ArchetypePlugin.jar(), dropped);
    server.launch();

    JsonNode installed = plugins(api).path("items").get(0);
    assertThat(installed.path("id").asText()).isEqualTo(ArchetypePlugin.ID);
    assertThat(installed.path("status").asText()).isEqualTo("enabled");
    assertThat(installed.path("running").asBoolean()).isTrue();
    assertThat(installed.path("sha256").asText()).hasSize(64);
    ApiClient.Reply created =
        api.call(
            "POST",
            "/api/v1/records/" + ArchetypePlugin.ENTITY,
            token(api),
            "{\"name\": \"再起動 契約\", \"code\": \"ｒｓ-１\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("code").asText()).isEqualTo("RS-1"); // its normaliser runs
    String id = created.json().path("id").asText();
    seenInTheNavigation();

    server.stop();
    Files.delete(dropped);
    server.launch();

    JsonNode list = plugins(api);
    JsonNode row = list.path("items").get(0);
    assertThat(row.path("status").asText()).isEqualTo("failed");
    assertThat(row.path("running").asBoolean()).isFalse();
    assertThat(list.path("refusedAtStart").toString())
        .contains("tsumugi-plugin-hoken-1.0.0.jar", "ありません", "データは残っています");
    assertThat(server.logSinceLaunch()).contains("is missing from the plugins folder");
    ApiClient.Reply kept =
        api.get("/api/v1/records/" + ArchetypePlugin.ENTITY + "/" + id, token(api));
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    assertThat(kept.json().path("name").asText()).isEqualTo("再起動 契約");
  }

  private void seenInTheNavigation() {
    WebDriver browser = Browser.desktop("ja");
    try {
      browser.get(server.baseUri().toString());
      browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
      browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
      browser.findElement(By.id("login:submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(
              d ->
                  d.findElements(
                              By.cssSelector(
                                  "a.ts-nav-entity[href*='entity=" + ArchetypePlugin.ENTITY + "']"))
                          .size()
                      == 1);
    } finally {
      browser.quit();
    }
  }

  private static String token(ApiClient api) throws Exception {
    return api.adminToken("read-write");
  }

  private static JsonNode plugins(ApiClient api) throws Exception {
    ApiClient.Reply r = api.get("/api/v1/plugins", token(api));
    assertThat(r.status()).as("GET /api/v1/plugins: " + r.body()).isEqualTo(200);
    return r.json();
  }
}
