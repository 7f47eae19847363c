package io.tsumugi.core.identity;

import io.tsumugi.core.config.PlatformSettings;
import java.time.Duration;

/**
 * Login security settings, from {@code conf/tsumugi.properties} or the environment: {@code
 * tsumugi.login.max-failures} (5), {@code tsumugi.login.lock-minutes} (15), {@code
 * tsumugi.password.min-length} (10), {@code tsumugi.session.timeout-minutes} (30).
 *
 * @param maxFailures consecutive failed logins that lock a login id
 * @param lockFor how long the lock lasts
 * @param policy the password policy
 * @param sessionTimeout idle time after which a screen session ends
 */
public record SecuritySettings(
    int maxFailures, Duration lockFor, PasswordPolicy policy, Duration sessionTimeout) {

  public static SecuritySettings from(PlatformSettings settings) {
    return new SecuritySettings(
        number(settings, "tsumugi.login.max-failures", 5),
        Duration.ofMinutes(number(settings, "tsumugi.login.lock-minutes", 15)),
        new PasswordPolicy(number(settings, "tsumugi.password.min-length", 10)),
        Duration.ofMinutes(number(settings, "tsumugi.session.timeout-minutes", 30)));
  }

  private static int number(PlatformSettings settings, String key, int fallback) {
    return settings
        .get(key)
        .map(
            value -> {
              try {
                return Math.max(1, Integer.parseInt(value));
              } catch (NumberFormatException e) {
                return fallback;
              }
            })
        .orElse(fallback);
  }
}
