package io.tsumugi.core.config;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads platform settings. A key such as {@code tsumugi.admin.password} is looked up first as an
 * environment variable ({@code TSUMUGI_ADMIN_PASSWORD}), then as a system property (which the
 * launch script fills from {@code conf/tsumugi.properties}). Environment wins so that containers
 * and CI can override the file without editing it.
 */
public final class PlatformSettings {

  private final Map<String, String> environment;
  private final Properties systemProperties;

  public PlatformSettings(Map<String, String> environment, Properties systemProperties) {
    this.environment = Map.copyOf(environment);
    this.systemProperties = systemProperties;
  }

  /** Settings of this JVM: its environment and system properties. */
  public static PlatformSettings fromRuntime() {
    return new PlatformSettings(System.getenv(), System.getProperties());
  }

  /** The value of {@code key}, or empty when unset or blank. */
  public Optional<String> get(String key) {
    String fromEnvironment = environment.get(environmentName(key));
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(fromEnvironment.trim());
    }
    String fromProperty = systemProperties.getProperty(key);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty.trim());
    }
    return Optional.empty();
  }

  /** {@code tsumugi.admin.password} becomes {@code TSUMUGI_ADMIN_PASSWORD}. */
  static String environmentName(String key) {
    return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
