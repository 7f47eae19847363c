package io.tsumugi.core.identity;

/**
 * What a password set by a person must satisfy: a minimum length, and not the login id.
 *
 * @param minLength the fewest characters
 */
public record PasswordPolicy(int minLength) {

  /** The default: at least 10 characters. */
  public static PasswordPolicy defaults() {
    return new PasswordPolicy(10);
  }

  /** Refuses a password that breaks the policy. */
  public void check(String loginId, String password) {
    if (password == null || password.codePointCount(0, password.length()) < minLength) {
      throw new IdentityException(
          "password.too-short",
          "パスワードは " + minLength + " 文字以上にしてください。",
          "The password must have at least " + minLength + " characters.");
    }
    if (password.equalsIgnoreCase(loginId)) {
      throw new IdentityException(
          "password.equals-login-id",
          "パスワードにログイン ID と同じ文字列は使えません。",
          "The password must not be the login id.");
    }
  }
}
