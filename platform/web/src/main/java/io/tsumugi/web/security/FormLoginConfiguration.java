package io.tsumugi.web.security;

import io.tsumugi.core.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Screens use form login through our own login page ({@code /login.xhtml}), which calls {@code
 * SecurityContext.authenticate}. Accounts are checked by {@link
 * io.tsumugi.core.security.AccountIdentityStore}. WildFly needs {@code integrated-jaspi=false} on
 * the application security domain for this to take effect (set by the distribution).
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = ""))
@DeclareRoles({Roles.USER, Roles.ADMIN})
@ApplicationScoped
public class FormLoginConfiguration {}
