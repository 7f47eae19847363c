package io.tsumugi.web.security;

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
              new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("login.failed"), null));
    }
  }

  public void logout() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
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
