package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class OpenApiIT {

  private final RunningServer server = RunningServer.get();
  private final ApiClient api = new ApiClient(server);

  @Test
  void servesTheOpenApi31DocumentOfWhatTheCallerMayRead() throws Exception {
    ApiClient.Reply r = api.get("/api/v1/openapi.json", api.adminToken("read"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(r.json().path("paths").has("/v1/records/account")).isTrue();
    assertThat(r.json().path("components").path("schemas").has("Account")).isTrue();
    assertThat(r.header("ETag")).startsWith("\"openapi-");
    assertThat(r.header("Cache-Control")).contains("private");
  }

  @Test
  void withoutCredentialsItListsOnlyThePlatformsEndpointsAndABadTokenIsRefused() throws Exception {
    ApiClient.Reply anonymous = api.send(api.request("/api/v1/openapi.json"));
    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.json().path("paths").has("/v1/tokens")).isTrue();
    java.util.List<String> paths = new java.util.ArrayList<>();
    anonymous.json().path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .as("only the platform's own paths; records by a {entity} template at most")
        .allMatch(p -> !p.startsWith("/v1/records/") || p.startsWith("/v1/records/{entity}"));
    assertThat(anonymous.body())
        .as("no entity or field name of the company reaches an anonymous reader")
        .doesNotContain("annual_revenue", "\"Account\"", "sales_lead");
    assertThat(anonymous.json().path("info").path("description").asText())
        .contains("Authorization: Bearer");

    ApiClient.Reply wrong = api.get("/api/v1/openapi.json", "not-a-token");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().path("code").asText()).isEqualTo("auth.invalidToken");
  }

  @Test
  void servesTheInteractivePageFromLocalAssetsOnly() throws Exception {
    ApiClient.Reply page = api.send(api.request("/api/docs/"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("http://", "https://");
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self';")
        .doesNotContain("unsafe-eval");
    ApiClient.Reply japanese =
        api.send(api.request("/api/docs/").header("Accept-Language", "ja,en;q=0.5"));
    assertThat(japanese.body()).contains("lang=\"ja\"", "API トークン", "読めるエンティティを表示");
    ApiClient.Reply english = api.send(api.request("/api/docs/").header("Accept-Language", "en"));
    assertThat(english.body()).contains("lang=\"en\"", "API token", "Show the entities I may read");
    ApiClient.Reply bundle = api.send(api.request("/api/docs/swagger-ui-bundle.js"));
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
    assertThat(api.send(api.request("/api/docs/../../WEB-INF/web.xml")).status()).isIn(400, 404);
  }

  /** The page really runs under its policy: Swagger UI renders, and a token brings the entities. */
  @Test
  void theDocsPageShowsThePlatformEndpointsThenTheEntitiesOfTheTokenGiven() throws Exception {
    String token = api.adminToken("read");
    WebDriver browser = Browser.desktop("en");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(server.uri("/api/docs/").toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tag='Tokens']")));
      assertThat(browser.findElements(By.cssSelector("[data-tag='Account']"))).isEmpty();
      assertThat(browser.findElement(By.id("token-state")).getText()).contains("No token");

      browser.findElement(By.id("token")).sendKeys(token);
      browser.findElement(By.id("token-load")).click();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-tag='Account']")));
      assertThat(browser.findElement(By.id("token-state")).getText()).contains("this token");
      Browser.screenshot(browser, "api-docs-with-token");
    } finally {
      browser.quit();
    }
  }
}
