package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A field added to 取引先 through the metadata API appears on the running server's form at once, and a
 * value typed into it is saved: no redeploy, no restart. (A browser test; it runs with the tests
 * that change metadata, on their own server.)
 */
class NewFieldOnFormMetadataChangeIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  @Test
  void fieldAppliedThroughTheApiIsOnTheFormAtOnce() throws Exception {
    String token = api.adminToken("read-write");
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ObjectNode account = null;
    for (JsonNode entity : pkg.path("entities")) {
      if (entity.path("name").asText().equals("account")) {
        account = (ObjectNode) entity;
      }
    }
    assertThat(account).isNotNull();
    ((ArrayNode) account.path("fields"))
        .addObject()
        .put("id", "it-form-rank")
        .put("name", "customer_rank")
        .put("type", "text")
        .putObject("label")
        .put("ja", "顧客ランク")
        .put("en", "Customer rank");
    ((ArrayNode) account.path("layouts").path("form").path("sections").get(0).path("fields"))
        .add("customer_rank");
    ((ArrayNode) account.path("layouts").path("detail").path("sections").get(0).path("fields"))
        .add("customer_rank");
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    int base =
        api.call("POST", "/api/v1/metadata/plan", token, proposed)
            .json()
            .path("baseVersion")
            .asInt();
    ApiClient.Reply applied =
        api.call("POST", "/api/v1/metadata/apply?baseVersion=" + base, token, proposed);
    assertThat(applied.status()).as(applied.body()).isEqualTo(200);

    WebDriver browser = Browser.desktop("ja");
    try {
      browser.get(server.baseUri().toString());
      browser.findElement(By.id("login:loginId")).sendKeys(server.adminLogin());
      browser.findElement(By.id("login:password")).sendKeys(server.adminPassword());
      browser.findElement(By.id("login:submit")).click();
      waitFor(browser, By.id("welcome"));

      browser.get(server.uri("/r/edit.xhtml?entity=account").toString());
      assertThat(waitFor(browser, By.cssSelector("label[for='form:customer_rank']")).getText())
          .isEqualTo("顧客ランク");
      browser.findElement(By.id("form:name")).sendKeys("ランク付き株式会社");
      browser.findElement(By.id("form:customer_rank")).sendKeys("A");
      Browser.screenshot(browser, "new-field-on-form-ja");
      browser.findElement(By.id("form:save")).click();

      waitFor(browser, By.id("record-title"));
      assertThat(browser.findElement(By.id("field-customer_rank")).getText())
          .contains("顧客ランク")
          .contains("A");
    } finally {
      browser.quit();
    }
  }

  private static org.openqa.selenium.WebElement waitFor(WebDriver browser, By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
