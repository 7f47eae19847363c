package io.tsumugi.core.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes token secrets. A secret carries 256 random bits, so a single SHA-256 (not a slow
 * password hash) is enough to make the stored hash useless to someone who reads the table.
 */
public final class TokenSecrets {

  /** Every secret starts with this, so that leaked tokens are easy to recognise in scans. */
  public static final String PREFIX = "tsu_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new secret: the prefix and 32 random bytes in URL-safe Base64 (47 characters). */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The lower-case hex SHA-256 of the secret, as stored. */
  public static String hash(String secret) {
    return HexFormat.of().formatHex(sha256(secret));
  }

  /** Compares a presented secret with a stored hash in time independent of where they differ. */
  public static boolean matches(String secret, String storedHash) {
    return MessageDigest.isEqual(sha256(secret), HexFormat.of().parseHex(storedHash));
  }

  /** True when {@code value} has the shape of a secret (checked before any database look-up). */
  public static boolean looksLikeSecret(String value) {
    return value != null
        && value.length() == PREFIX.length() + 43
        && value.startsWith(PREFIX)
        && value.substring(PREFIX.length()).chars().allMatch(TokenSecrets::isBase64Url);
  }

  private static boolean isBase64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
