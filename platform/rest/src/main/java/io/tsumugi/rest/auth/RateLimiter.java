package io.tsumugi.rest.auth;

import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.ApiLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-caller rate limits: one bucket per API token at the configured rate, and a slow bucket per
 * login id for password (HTTP Basic) attempts, since each costs a deliberately slow hash. Over the
 * limit, a 429 with {@code Retry-After}. Per node: a cluster of n nodes allows n times the rate.
 */
@ApplicationScoped
public class RateLimiter {

  private static final double LOGIN_PER_SECOND = 0.5;
  private static final int LOGIN_BURST = 10;
  private static final int MAX_BUCKETS = 100_000;

  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  /** Takes a permit for API token {@code tokenId}, or throws 429. */
  public void acquireForToken(long tokenId) {
    ApiLimits limits = ApiLimits.current();
    acquire("t" + tokenId, limits.burst(), limits.requestsPerSecond());
  }

  /** Takes a permit for a password attempt on {@code loginId}, or throws 429. */
  public void acquireForLogin(String loginId) {
    acquire("l" + loginId, LOGIN_BURST, LOGIN_PER_SECOND);
  }

  private void acquire(String key, int burst, double perSecond) {
    long now = System.nanoTime();
    if (buckets.size() > MAX_BUCKETS) {
      buckets.values().removeIf(b -> b.isFull(now)); // full buckets carry no state worth keeping
    }
    long waitNanos =
        buckets.computeIfAbsent(key, k -> new TokenBucket(burst, perSecond, now)).tryTake(now);
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      throw new ApiException(
              429,
              "rate.exceeded",
              "リクエストが多すぎます。" + seconds + " 秒後に再試行してください。",
              "Too many requests; retry in " + seconds + " second(s).")
          .withHeader("Retry-After", Long.toString(seconds));
    }
  }
}
