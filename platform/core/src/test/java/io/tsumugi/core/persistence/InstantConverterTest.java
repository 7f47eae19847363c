package io.tsumugi.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void roundTripsToTheNanosecond() {
    Instant instant = Instant.parse("2026-11-23T02:37:32.123456789Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void keepsNullAsNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
