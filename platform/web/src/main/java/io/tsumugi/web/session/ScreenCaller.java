package io.tsumugi.web.session;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.security.UserAccount;
import io.tsumugi.core.security.UserAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.LinkedHashSet;
import java.util.Set;

/** The signed-in person as the record service sees them: every screen call carries this. */
@RequestScoped
public class ScreenCaller {

  @Inject private SecurityContext securityContext;
  @Inject private UserAccounts accounts;

  private CallerContext caller;

  public CallerContext get() {
    if (caller == null) {
      String loginId = securityContext.getCallerPrincipal().getName();
      UserAccount account = accounts.findByLoginId(loginId).orElseThrow();
      Set<String> roles = new LinkedHashSet<>(account.getRoles());
      caller = new CallerContext(account.getId(), loginId, roles);
    }
    return caller;
  }
}
