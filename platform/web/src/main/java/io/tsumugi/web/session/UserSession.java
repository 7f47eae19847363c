package io.tsumugi.web.session;

import io.tsumugi.core.config.PlatformSettings;
import io.tsumugi.core.security.Roles;
import io.tsumugi.core.security.UserAccount;
import io.tsumugi.core.security.UserAccounts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;

/** The signed-in person as the screens show them. */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_TIME_ZONE = "Asia/Tokyo";

  @Inject private transient SecurityContext securityContext;
  @Inject private transient UserAccounts accounts;

  private String displayName;

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getLoginId() {
    Principal caller = securityContext.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public String getDisplayName() {
    if (displayName == null && isLoggedIn()) {
      displayName =
          accounts
              .findByLoginId(getLoginId())
              .map(UserAccount::getDisplayName)
              .orElse(getLoginId());
    }
    return displayName;
  }

  public boolean isAdministrator() {
    return securityContext.isCallerInRole(Roles.ADMIN);
  }

  /** The time zone dates are shown in; Japan unless the operator configured another. */
  public String getTimeZone() {
    return timeZoneSetting();
  }

  /** The configured time zone ({@code tsumugi.timezone}), Japan by default. */
  public static String timeZoneSetting() {
    return PlatformSettings.fromRuntime().get("tsumugi.timezone").orElse(DEFAULT_TIME_ZONE);
  }
}
