package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Users and departments made in the console, then the login rules on them: lockout, inactive users,
 * the login audit, and the security headers and cookie flags of every response.
 */
class IdentityAndLoginSecurityIT {

  private static final String PASSWORD = "tsumugi-pass-2026";
  private final RunningServer server = RunningServer.get();

  static HttpResponse<String> logIn(FacesClient client, String loginId, String password)
      throws Exception {
    client.get("/login.xhtml");
    return client.submit(
        "/login.xhtml", "login", Map.of("loginId", loginId, "password", password), "submit");
  }

  private FacesClient admin(String language) throws Exception {
    FacesClient client = new FacesClient(server, language);
    logIn(client, server.adminLogin(), server.adminPassword());
    return client;
  }

  /** Creates a department and a user in it through the console; returns the console page. */
  static HttpResponse<String> createUser(FacesClient admin, String loginId, String department)
      throws Exception {
    admin.get("/admin/users.xhtml");
    HttpResponse<String> page =
        admin.submit(
            "/admin/users.xhtml",
            "departmentNew",
            Map.of("name", department, "parent_input", ""),
            "create");
    Matcher option =
        Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(department) + "</option>")
            .matcher(page.body());
    assertThat(option.find()).as("the new department is offered").isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("loginId", loginId);
    fields.put("displayName", "営業 " + loginId);
    fields.put("email", loginId + "@example.jp");
    fields.put("locale_input", "ja");
    fields.put("department_input", option.group(1));
    fields.put("roles", "user");
    fields.put("password", PASSWORD);
    return admin.submit("/admin/users.xhtml", "userForm", fields, "save");
  }

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
  }

  @Test
  void aUserCreatedInTheConsoleLogsInAndTheLoginIsAudited() throws Exception {
    String loginId = unique("sato");
    FacesClient admin = admin("en");
    HttpResponse<String> created = createUser(admin, loginId, unique("Sales"));
    assertThat(created.body()).contains("User " + loginId + " created.");

    FacesClient user = new FacesClient(server, "en");
    HttpResponse<String> home = logIn(user, loginId, PASSWORD);
    assertThat(home.uri().getPath()).isEqualTo("/index.xhtml");
    assertThat(home.body())
        .as("the user's language setting (ja) wins over the browser's (en)")
        .contains("営業 " + loginId, "ようこそ");

    user.submit("/index.xhtml", "session", Map.of(), "logout");
    assertThat(user.get("/index.xhtml").body()).contains("id=\"login\"");

    String audit = admin.get("/admin/audit.xhtml").body();
    assertThat(audit).contains(loginId, "Logged in", "Logged out", "127.0.0.1", "user.created");
  }

  @Test
  void fiveWrongPasswordsLockTheLoginIdEvenForTheRightPassword() throws Exception {
    String loginId = unique("lock");
    createUser(admin("en"), loginId, unique("Lock"));
    FacesClient client = new FacesClient(server, "en");
    for (int i = 0; i < 4; i++) {
      assertThat(logIn(client, loginId, "wrong-password-" + i).body())
          .contains("The login ID or password is not correct.");
    }
    assertThat(logIn(client, loginId, "wrong-password-5").body())
        .contains("locked for a while after too many failed logins");

    HttpResponse<String> withRightPassword = logIn(client, loginId, PASSWORD);

    assertThat(withRightPassword.body())
        .contains("locked for a while after too many failed logins")
        .doesNotContain("metadata-version");
    assertThat(logIn(new FacesClient(server, "ja"), loginId, PASSWORD).body())
        .contains("ログインの失敗が続いたため");
  }

  @Test
  void anUnknownLoginIdIsLockedTheSameWaySoLocksRevealNothing() throws Exception {
    String nobody = unique("nobody");
    FacesClient client = new FacesClient(server, "en");
    for (int i = 0; i < 5; i++) {
      logIn(client, nobody, "wrong-password");
    }
    assertThat(logIn(client, nobody, "wrong-password").body())
        .contains("locked for a while after too many failed logins");
  }

  @Test
  void aDeactivatedUserCannotLogIn() throws Exception {
    String loginId = unique("gone");
    FacesClient admin = admin("en");
    createUser(admin, loginId, unique("Gone"));
    admin.get("/admin/users.xhtml");
    HttpResponse<String> deactivated =
        admin.submit(
            "/admin/users.xhtml", "userActions", Map.of("chosen_input", loginId), "deactivate");
    assertThat(deactivated.body()).contains("User " + loginId + " deactivated");

    HttpResponse<String> refused = logIn(new FacesClient(server, "en"), loginId, PASSWORD);

    assertThat(refused.body())
        .contains("The login ID or password is not correct.")
        .doesNotContain("metadata-version");
  }

  @Test
  void aDuplicateLoginIdIsRefusedInTheConsoleInJapanese() throws Exception {
    FacesClient admin = admin("ja");
    HttpResponse<String> page = createUser(admin, server.adminLogin(), unique("Dup"));

    assertThat(page.body()).contains("ログイン ID「" + server.adminLogin() + "」は既に使われています。");
  }

  @Test
  void aFormPostWithoutTheViewStateOfThisSessionChangesNothing() throws Exception {
    FacesClient admin = admin("en");
    String department = unique("Forged");
    admin.get("/admin/users.xhtml");
    admin.forgeViewState("-1234567890:987654321");

    admin.submit(
        "/admin/users.xhtml",
        "departmentNew",
        Map.of("name", department, "parent_input", ""),
        "create");

    assertThat(admin.get("/admin/users.xhtml").body()).doesNotContain(department);
  }

  @Test
  void pagesCarryACspAndTheOtherSecurityHeaders() throws Exception {
    HttpResponse<String> login = new FacesClient(server, "en").get("/login.xhtml");

    String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .contains("form-action 'self'")
        .contains("script-src 'self' 'unsafe-inline';")
        .doesNotContain("unsafe-eval");
    assertThat(login.headers().allValues("Content-Security-Policy")).hasSize(1);
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).doesNotContainIgnoringCase("Secure;").as("plain HTTP here");
  }

  @Test
  void theHomePageAtTheRootUrlCarriesThePagePolicy() throws Exception {
    FacesClient admin = admin("en");

    HttpResponse<String> home = admin.get("/");

    assertThat(home.uri().getPath()).isEqualTo("/");
    assertThat(home.body()).contains("id=\"welcome\"");
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
  }

  @Test
  void theApiCarriesAStrictCspAndSetsNoSessionCookie() throws Exception {
    HttpResponse<String> health = new FacesClient(server, "en").get("/api/health");

    assertThat(health.headers().firstValue("Content-Security-Policy"))
        .contains("default-src 'none'; frame-ancestors 'none'");
    assertThat(health.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(health.headers().allValues("Set-Cookie")).isEmpty();
  }
}
