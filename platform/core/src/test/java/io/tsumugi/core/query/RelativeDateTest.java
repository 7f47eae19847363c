package io.tsumugi.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RelativeDateTest {

  // 2026-03-31 23:30 in UTC is already 2026-04-01 in Tokyo.
  private final Clock tokyo =
      Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneId.of("Asia/Tokyo"));

  @Test
  void todayIsTheDayInTheServersTimeZone() {
    assertThat(RelativeDate.resolve("today", tokyo)).isEqualTo("2026-04-01");
  }

  @Test
  void daysAreAddedOrSubtracted() {
    assertThat(RelativeDate.resolve("today+60d", tokyo)).isEqualTo("2026-05-31");
    assertThat(RelativeDate.resolve("today-1d", tokyo)).isEqualTo("2026-03-31");
  }

  @Test
  void otherValuesAreLeftAlone() {
    assertThat(RelativeDate.resolve("2026-01-01", tokyo)).isEqualTo("2026-01-01");
    assertThat(RelativeDate.resolve("todayish", tokyo)).isEqualTo("todayish");
    assertThat(RelativeDate.resolve(5, tokyo)).isEqualTo(5);
    assertThat(RelativeDate.isToken("today+60d")).isTrue();
    assertThat(RelativeDate.isToken("today+60")).isFalse();
  }
}
