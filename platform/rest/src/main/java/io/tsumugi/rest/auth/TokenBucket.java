package io.tsumugi.rest.auth;

/**
 * A token bucket: holds up to {@code capacity} permits, refilled at {@code perSecond}. Synchronised
 * per bucket; one bucket per API token, so callers do not contend with each other.
 */
final class TokenBucket {

  private final double capacity;
  private final double perNano;
  private double available;
  private long lastRefill;

  TokenBucket(double capacity, double perSecond, long nowNanos) {
    this.capacity = capacity;
    this.perNano = perSecond / 1_000_000_000.0;
    this.available = capacity;
    this.lastRefill = nowNanos;
  }

  /** Takes a permit; returns 0 when granted, or the nanoseconds until one will be available. */
  synchronized long tryTake(long nowNanos) {
    available = Math.min(capacity, available + (nowNanos - lastRefill) * perNano);
    lastRefill = nowNanos;
    if (available >= 1) {
      available -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - available) / perNano);
  }

  synchronized boolean isFull(long nowNanos) {
    return Math.min(capacity, available + (nowNanos - lastRefill) * perNano) >= capacity;
  }
}
