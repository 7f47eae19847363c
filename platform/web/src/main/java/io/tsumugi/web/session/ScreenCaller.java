package io.tsumugi.web.session;

import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.User;
import io.tsumugi.core.records.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The signed-in person as the record service sees them: every screen call carries this. Read from
 * the identity tables on each request, so a changed department or role applies at once.
 */
@RequestScoped
public class ScreenCaller {

  @Inject private SecurityContext securityContext;
  @Inject private IdentityServices identities;

  private CallerContext caller;

  public CallerContext get() {
    if (caller == null) {
      String loginId = securityContext.getCallerPrincipal().getName();
      User user = identities.users().find(loginId).orElseThrow();
      caller = new CallerContext(user.id(), loginId, user.roles(), user.details().departmentId());
    }
    return caller;
  }
}
