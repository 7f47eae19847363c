package io.tsumugi.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA512 (Jakarta Security's {@link
 * Pbkdf2PasswordHash}, 210,000 iterations as OWASP recommends for SHA-512). The stored form carries
 * algorithm, iterations and salt, so the parameters can be raised later without breaking old
 * hashes.
 */
@ApplicationScoped
public class PasswordHashing {

  @Inject private Pbkdf2PasswordHash hash;

  private String dummyHash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    dummyHash = hash.generate(GeneratedPassword.generate(24).toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the same time as a real check, for unknown login ids, so that response times do not tell
   * an attacker which login ids exist.
   */
  public void verifyAgainstNothing(String password) {
    hash.verify(password.toCharArray(), dummyHash);
  }
}
