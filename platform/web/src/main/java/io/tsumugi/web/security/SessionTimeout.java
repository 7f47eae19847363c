package io.tsumugi.web.security;

import io.tsumugi.core.identity.IdentityServices;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Ends an idle screen session after {@code tsumugi.session.timeout-minutes} (30 by default). */
@WebListener
public class SessionTimeout implements HttpSessionListener {

  @Inject private IdentityServices identities;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event
        .getSession()
        .setMaxInactiveInterval((int) identities.settings().sessionTimeout().toSeconds());
  }
}
