package io.tsumugi.rest.support;

import io.tsumugi.core.config.PlatformSettings;

/**
 * The API's limits, from platform settings ({@code conf/tsumugi.properties} or {@code TSUMUGI_*}
 * environment variables), read once at start.
 *
 * @param maxBodyBytes the largest request body accepted ({@code tsumugi.api.max-body-bytes},
 *     default 2 MiB: a bulk request of 200 records of about 10 kB each)
 * @param defaultPageSize records per page when the caller does not say
 * @param maxPageSize the largest page a caller may ask for ({@code tsumugi.api.max-page-size})
 * @param maxBulkRecords records in one bulk request
 * @param requestsPerSecond the sustained rate per token ({@code tsumugi.api.rate-limit})
 * @param burst the requests a token may send at once after a pause ({@code tsumugi.api.rate-burst})
 */
public record ApiLimits(
    long maxBodyBytes,
    int defaultPageSize,
    int maxPageSize,
    int maxBulkRecords,
    double requestsPerSecond,
    int burst) {

  private static final ApiLimits CURRENT = fromSettings(PlatformSettings.fromRuntime());

  /** The limits in force. */
  public static ApiLimits current() {
    return CURRENT;
  }

  /** The limits from these settings. */
  public static ApiLimits fromSettings(PlatformSettings settings) {
    return new ApiLimits(
        number(settings, "tsumugi.api.max-body-bytes", 2L * 1024 * 1024),
        50,
        (int) number(settings, "tsumugi.api.max-page-size", 200),
        200,
        number(settings, "tsumugi.api.rate-limit", 100),
        (int) number(settings, "tsumugi.api.rate-burst", 200));
  }

  private static long number(PlatformSettings settings, String key, long fallback) {
    return settings
        .get(key)
        .map(String::trim)
        .filter(v -> v.matches("\\d{1,12}"))
        .map(Long::parseLong)
        .filter(v -> v > 0)
        .orElse(fallback);
  }
}
