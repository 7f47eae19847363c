package io.tsumugi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void grantsTheBurstThenRefusesWithTheWaitUntilTheNextPermit() {
    TokenBucket bucket = new TokenBucket(3, 2, 0);
    assertThat(bucket.tryTake(0)).isZero();
    assertThat(bucket.tryTake(0)).isZero();
    assertThat(bucket.tryTake(0)).isZero();
    assertThat(bucket.tryTake(0)).isEqualTo(SECOND / 2);
  }

  @Test
  void refillsAtTheRateButNeverPastTheCapacity() {
    TokenBucket bucket = new TokenBucket(2, 1, 0);
    bucket.tryTake(0);
    bucket.tryTake(0);
    assertThat(bucket.tryTake(SECOND)).isZero();
    assertThat(bucket.isFull(100 * SECOND)).isTrue();
    assertThat(bucket.tryTake(100 * SECOND)).isZero();
    assertThat(bucket.tryTake(100 * SECOND)).isZero();
    assertThat(bucket.tryTake(100 * SECOND)).isPositive();
  }
}
