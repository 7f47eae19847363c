package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form login against the running server, over plain HTTP. */
class LoginIT {

  private final RunningServer server = RunningServer.get();

  private HttpResponse<String> logIn(FacesClient client, String password) throws Exception {
    client.get("/login.xhtml");
    return client.submit(
        "/login.xhtml",
        "login",
        Map.of("loginId", server.adminLogin(), "password", password),
        "submit");
  }

  @Test
  void screensAskForLoginFirst() throws Exception {
    HttpResponse<String> home = new FacesClient(server, "en").get("/index.xhtml");

    assertThat(home.body()).contains("id=\"login\"").doesNotContain("metadata-version");
  }

  @Test
  void administratorLogsInAndSeesTheActiveMetadataVersion() throws Exception {
    HttpResponse<String> home = logIn(new FacesClient(server, "en"), server.adminPassword());

    assertThat(home.uri().getPath()).isEqualTo("/index.xhtml");
    assertThat(home.body()).contains("Welcome, Administrator");
    assertThat(home.body())
        .containsPattern("id=\"metadata-version\">\\s*" + activeVersionFromHealth() + "\\s*<");
  }

  private int activeVersionFromHealth() throws Exception {
    String health = new FacesClient(server, "en").get("/api/health").body();
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(health)
        .path("metadataVersion")
        .asInt();
  }

  @Test
  void wrongPasswordIsRefusedInTheBrowsersLanguage() throws Exception {
    HttpResponse<String> page = logIn(new FacesClient(server, "ja"), "not-the-password");

    assertThat(page.body()).contains("ログインIDまたはパスワードが正しくありません。");
    assertThat(page.body()).doesNotContain("metadata-version");
  }

  @Test
  void administratorReachesTheMetadataHistoryInTheConsole() throws Exception {
    FacesClient client = new FacesClient(server, "en");
    logIn(client, server.adminPassword());

    HttpResponse<String> console = client.get("/admin/index.xhtml");

    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.body()).contains("Metadata versions", "Empty metadata: no entities yet");
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    FacesClient client = new FacesClient(server, "en");
    logIn(client, server.adminPassword());

    client.submit("/index.xhtml", "session", Map.of(), "logout");
    HttpResponse<String> afterLogout = client.get("/index.xhtml");

    assertThat(afterLogout.body()).contains("id=\"login\"").doesNotContain("metadata-version");
  }

  @Test
  void generatedPasswordIsNotPrintedWhenOneIsConfigured() throws Exception {
    assertThat(server.log())
        .contains("Tsumugi CRM is running: http://localhost:")
        .contains("with the password you configured")
        .doesNotContain("password : ");
  }
}
