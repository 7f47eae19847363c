package io.tsumugi.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Jakarta Security identity store backed by {@code sys_user}: checks a login id and password
 * and hands the account's roles to the container as groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private UserAccounts accounts;
  @Inject private PasswordHashing passwords;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String password = credential.getPasswordAsString();
    Optional<UserAccount> account =
        accounts.findByLoginId(credential.getCaller()).filter(UserAccount::isActive);
    if (account.isEmpty()) {
      passwords.verifyAgainstNothing(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.verify(password, account.get().getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = new LinkedHashSet<>(account.get().getRoles());
    groups.add(Roles.USER);
    return new CredentialValidationResult(account.get().getLoginId(), groups);
  }
}
