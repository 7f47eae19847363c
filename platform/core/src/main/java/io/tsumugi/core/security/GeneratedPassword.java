package io.tsumugi.core.security;

import java.security.SecureRandom;

/**
 * Random passwords for first start. The alphabet leaves out characters people confuse when they
 * copy a password from a terminal (0/O, 1/l/I).
 */
public final class GeneratedPassword {

  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedPassword() {}

  /** A new password of {@code length} characters from a cryptographically strong source. */
  public static String generate(int length) {
    if (length < 12) {
      throw new IllegalArgumentException("Generated passwords must have at least 12 characters");
    }
    StringBuilder password = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
