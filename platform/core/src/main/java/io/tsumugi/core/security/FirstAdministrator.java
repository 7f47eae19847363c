package io.tsumugi.core.security;

import io.tsumugi.core.config.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first administrator when no account exists yet. There is no well-known default
 * password: it comes from {@code tsumugi.admin.password} (or {@code TSUMUGI_ADMIN_PASSWORD}), or is
 * generated and printed once, at this first start only.
 */
@ApplicationScoped
public class FirstAdministrator {

  static final String LOGIN_SETTING = "tsumugi.admin.login";
  static final String PASSWORD_SETTING = "tsumugi.admin.password";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private UserAccounts accounts;
  @Inject private PasswordHashing passwords;

  /** Creates the administrator if the platform has no account at all; otherwise does nothing. */
  public void createIfNoAccountExists(PlatformSettings settings) {
    if (accounts.count() > 0) {
      return;
    }
    String loginId = settings.get(LOGIN_SETTING).orElse("admin");
    Optional<String> configured = settings.get(PASSWORD_SETTING);
    String password = configured.orElseGet(() -> GeneratedPassword.generate(20));
    accounts.create(
        new UserAccount(
            loginId,
            "Administrator",
            passwords.hash(password),
            new LinkedHashSet<>(List.of(Roles.ADMIN))));
    if (configured.isPresent()) {
      LOG.info(() -> "Created administrator '" + loginId + "' with the configured password.");
    } else {
      LOG.warning(banner(loginId, password));
    }
  }

  private static String banner(String loginId, String password) {
    return String.join(
        System.lineSeparator(),
        "",
        "==================================================================",
        " First start: an administrator account was created.",
        "   login id : " + loginId,
        "   password : " + password,
        " This password is shown only once. Keep it safe.",
        "==================================================================");
  }
}
