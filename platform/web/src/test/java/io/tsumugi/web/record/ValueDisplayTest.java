package io.tsumugi.web.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ValueDisplayTest {

  private static final MetadataPackage STANDARD = StandardPackage.load();
  private final ValueDisplay display = new ValueDisplay(ZoneId.of("Asia/Tokyo"), "はい", "いいえ");

  private static FieldView field(String entity, String name) {
    return new EntityViews(STANDARD, STANDARD.entity(entity).orElseThrow(), true)
        .field(name)
        .orElseThrow();
  }

  @Test
  void yenHasTheSignAndThousandsSeparatorsButNoDecimals() {
    assertThat(display.format(field("opportunity", "amount"), new BigDecimal("1234567")))
        .isEqualTo("¥1,234,567");
  }

  @Test
  void picklistShowsTheLabelNotTheStoredCode() {
    assertThat(display.format(field("opportunity", "stage"), "lead_generation")).isEqualTo("リード獲得");
  }

  @Test
  void datesUseTheJapaneseOrderAndTimesTheViewersZone() {
    assertThat(display.format(field("opportunity", "close_date"), LocalDate.of(2026, 12, 1)))
        .isEqualTo("2026/12/01");
    assertThat(
            display.format(field("activity", "activity_at"), Instant.parse("2026-11-30T15:30:00Z")))
        .isEqualTo("2026/12/01 00:30");
  }

  @Test
  void emptyValuesShowNothing() {
    assertThat(display.format(field("opportunity", "amount"), null)).isEmpty();
  }
}
