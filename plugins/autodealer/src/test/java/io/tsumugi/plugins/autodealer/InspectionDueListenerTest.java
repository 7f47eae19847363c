package io.tsumugi.plugins.autodealer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.api.record.SimpleRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 60-day flag, on the day boundaries (today is 2026-04-01 in Tokyo). */
class InspectionDueListenerTest {

  private final InspectionDueListener listener =
      new InspectionDueListener(
          Clock.fixed(Instant.parse("2026-03-31T15:30:00Z"), ZoneId.of("Asia/Tokyo")));

  @ParameterizedTest(name = "expiry {0} -> due {1}")
  @CsvSource({
    "2026-03-01, true", // already expired: call at once
    "2026-04-01, true",
    "2026-05-31, true", // 60 days ahead
    "2026-06-01, false",
    "2027-04-01, false"
  })
  void vehicleIsDueWhenItsInspectionExpiresWithin60Days(LocalDate expiry, boolean due) {
    SimpleRecord vehicle =
        new SimpleRecord(AutoDealer.VEHICLE, null, Map.of("inspection_expiry", expiry));

    listener.beforeSave(vehicle);

    assertThat(vehicle.values()).containsEntry("inspection_due_soon", due);
  }

  @org.junit.jupiter.api.Test
  void vehicleWithoutExpiryIsNotDue() {
    SimpleRecord vehicle = new SimpleRecord(AutoDealer.VEHICLE, null, new HashMap<>());

    listener.beforeSave(vehicle);

    assertThat(vehicle.values()).containsEntry("inspection_due_soon", false);
  }
}
