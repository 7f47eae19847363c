package io.tsumugi.plugins.realestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.SimpleRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltYearValidatorTest {

  private final BuiltYearValidator validator =
      new BuiltYearValidator(
          new TestContext(new InMemoryQueries()),
          Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Tokyo")));

  @Test
  void aPropertyBuiltNextYearIsRefusedInJapaneseAndEnglish() {
    List<FieldError> errors =
        validator.validate(
            new SimpleRecord(RealEstate.PROPERTY, null, Map.of("built_year", 2027L)));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("built_year");
              assertThat(e.code()).isEqualTo("realestate.builtYearInFuture");
              assertThat(e.message().ja()).isEqualTo("築年 2027 年は今年(2026 年)より後です。");
              assertThat(e.message().en()).isEqualTo("Year built 2027 is after this year (2026).");
            });
  }

  @Test
  void thisYearOrEarlierIsFine() {
    assertThat(
            validator.validate(
                new SimpleRecord(RealEstate.PROPERTY, null, Map.of("built_year", 2026L))))
        .isEmpty();
    assertThat(validator.validate(new SimpleRecord(RealEstate.PROPERTY, null, Map.of()))).isEmpty();
  }
}
