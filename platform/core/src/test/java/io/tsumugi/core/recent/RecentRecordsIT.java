package io.tsumugi.core.recent;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Recent records: one row per record, the last touched first, trimmed per user. */
class RecentRecordsIT {

  @Test
  void touchingAgainMovesARecordToTheTopAndOldOnesAreTrimmed() throws Exception {
    DataSource ds = TestDatabases.fresh("recent-records");
    new MetadataApplier(ds, new ActiveMetadata()).recoverAndLoad();
    RecentRecords recent = new RecentRecords(ds);

    recent.touch(1L, "account", 10L);
    Thread.sleep(5);
    recent.touch(1L, "opportunity", 20L);
    Thread.sleep(5);
    recent.touch(1L, "account", 10L);
    recent.touch(2L, "account", 99L);

    assertThat(recent.latest(1L, 10))
        .extracting(RecentRecord::entity, RecentRecord::recordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("account", 10L),
            org.assertj.core.groups.Tuple.tuple("opportunity", 20L));

    for (long id = 100; id < 100 + RecentRecords.KEPT + 5; id++) {
      recent.touch(3L, "account", id);
      Thread.sleep(1);
    }
    assertThat(recent.latest(3L, RecentRecords.KEPT)).hasSize(RecentRecords.KEPT);
    assertThat(recent.latest(3L, 1).get(0).recordId()).isEqualTo(100L + RecentRecords.KEPT + 4);
  }
}
