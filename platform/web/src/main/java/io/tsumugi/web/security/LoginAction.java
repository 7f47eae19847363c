package io.tsumugi.web.security;

import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.LoginAudit;
import io.tsumugi.web.session.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backs the login form: hands the credentials to Jakarta Security and reacts to its verdict. */
@Named
@RequestScoped
public class LoginAction {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private Messages messages;
  @Inject private IdentityServices identities;

  private String loginId;
  private String password;

  public void login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(loginId, password))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      default ->
          facesContext.addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(failureKey()), null));
    }
  }

  /**
   * Tells a locked login id apart from a wrong password. Unknown login ids are locked the same way,
   * so this does not reveal which ids exist.
   */
  private String failureKey() {
    return loginId != null && identities.lockout().isLocked(loginId)
        ? "login.locked"
        : "login.failed";
  }

  public void logout() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    String caller = external.getRemoteUser();
    if (caller != null) {
      identities
          .loginAudit()
          .record(
              caller,
              ((HttpServletRequest) external.getRequest()).getRemoteAddr(),
              LoginAudit.Outcome.LOGOUT);
    }
    try {
      ((HttpServletRequest) external.getRequest()).logout();
    } catch (jakarta.servlet.ServletException e) {
      throw new IOException(e);
    }
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
