package io.tsumugi.api;

import java.util.Optional;

/**
 * The operator's settings for one plugin: the keys {@code tsumugi.plugin.<plugin id>.<key>} of
 * {@code conf/tsumugi.properties} or the system properties, without the prefix.
 */
public interface PluginConfiguration {

  /** The value of {@code key}, if the operator set it. */
  Optional<String> get(String key);

  /** The value of {@code key}, or {@code defaultValue} when unset. */
  default String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }
}
