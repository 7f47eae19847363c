package io.tsumugi.core.security;

import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.LoginAudit.Outcome;
import io.tsumugi.core.identity.LoginLockout;
import io.tsumugi.core.identity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Jakarta Security identity store backed by {@code sys_user}: checks a login id and password
 * and hands the account's roles to the container as groups. A locked login id (too many failures in
 * a row) is refused even with the right password; inactive users are refused; every attempt is
 * written to the login audit with the client's address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private IdentityServices identities;
  @Inject private PasswordHashing passwords;
  @Inject private Instance<HttpServletRequest> request;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String loginId = credential.getCaller();
    String password = credential.getPasswordAsString();
    LoginLockout lockout = identities.lockout();
    if (lockout.isLocked(loginId)) {
      passwords.verifyAgainstNothing(password);
      audit(loginId, Outcome.LOCKED);
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<String> hash = identities.users().passwordHashOfActive(loginId);
    boolean valid;
    if (hash.isEmpty()) {
      passwords.verifyAgainstNothing(password);
      valid = false;
    } else {
      valid = passwords.verify(password, hash.get());
    }
    if (!valid) {
      boolean nowLocked = lockout.recordFailure(loginId);
      audit(loginId, nowLocked ? Outcome.LOCKED : Outcome.FAILURE);
      return CredentialValidationResult.INVALID_RESULT;
    }
    lockout.recordSuccess(loginId);
    audit(loginId, Outcome.SUCCESS);
    User user = identities.users().find(loginId).orElseThrow();
    Set<String> groups = new LinkedHashSet<>(user.roles());
    groups.add(Roles.USER);
    return new CredentialValidationResult(user.loginId(), groups);
  }

  private void audit(String loginId, Outcome outcome) {
    identities.loginAudit().record(loginId, sourceIp(), outcome);
  }

  private String sourceIp() {
    try {
      return request.get().getRemoteAddr();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
