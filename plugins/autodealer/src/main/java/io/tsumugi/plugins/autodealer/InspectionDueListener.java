package io.tsumugi.plugins.autodealer;

import io.tsumugi.api.extension.RecordListener;
import io.tsumugi.api.record.MutableRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pf4j.Extension;

/**
 * Marks a vehicle whose 車検 expires within 60 days when it is saved, for the list view of vehicles
 * due for inspection (metadata list views filter on fixed values, so the flag is stored).
 */
@Extension
public class InspectionDueListener implements RecordListener {

  /** Dealers start calling owners two months before the inspection date. */
  static final int NOTICE_DAYS = 60;

  private final Clock clock;

  /** With the clock of Japan, where the inspection dates are. */
  public InspectionDueListener() {
    this(Clock.system(ZoneId.of("Asia/Tokyo")));
  }

  InspectionDueListener(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals(AutoDealer.VEHICLE);
  }

  @Override
  public void beforeSave(MutableRecord record) {
    Object expiry = record.values().get("inspection_expiry");
    boolean due =
        expiry instanceof LocalDate date
            && !date.isAfter(LocalDate.now(clock).plusDays(NOTICE_DAYS));
    record.set("inspection_due_soon", due);
  }
}
