package io.tsumugi.web.session;

import io.tsumugi.core.config.PlatformSettings;
import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.security.Roles;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;

/** The signed-in person as the screens show them. */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_TIME_ZONE = "Asia/Tokyo";

  @Inject private transient SecurityContext securityContext;
  @Inject private transient IdentityServices identities;

  private String displayName;
  private String userLocale;

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
          identities
              .users()
              .find(getLoginId())
              .map(u -> u.details().displayName())
              .orElse(getLoginId());
    }
    return displayName;
  }

  /**
   * The language of the screens: the user's own setting (ja or en) when there is one, otherwise the
   * browser's language as Faces resolves it against the supported locales.
   */
  public Locale getLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (userLocale == null && isLoggedIn()) {
      userLocale =
          identities.users().find(getLoginId()).map(u -> u.details().locale()).orElse(null);
      if (userLocale == null) {
        userLocale = "";
      }
    }
    if (userLocale != null && !userLocale.isEmpty()) {
      return Locale.forLanguageTag(userLocale);
    }
    return faces.getApplication().getViewHandler().calculateLocale(faces);
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
