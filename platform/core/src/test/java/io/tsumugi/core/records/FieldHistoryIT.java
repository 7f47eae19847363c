package io.tsumugi.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The history the record service writes reads back newest first, per record. */
class FieldHistoryIT {

  @Test
  void changesOfATrackedFieldReadBackNewestFirstWithWhoChangedThem() throws Exception {
    DataSource ds = TestDatabases.fresh("history");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    RecordService records = new RecordService(ds, active);
    CallerContext user = new CallerContext(42L, "tanaka", Set.of("user"));
    long account = records.create(user, "account", Map.of("name", "履歴株式会社")).id();
    Record deal =
        records.create(
            user,
            "opportunity",
            Map.of(
                "name",
                "履歴商談",
                "stage",
                "qualification",
                "close_date",
                "2026-12-25",
                "account",
                account));
    Record other =
        records.create(
            user,
            "opportunity",
            Map.of(
                "name",
                "別の商談",
                "stage",
                "qualification",
                "close_date",
                "2026-12-25",
                "account",
                account));
    deal =
        records.update(user, "opportunity", deal.id(), deal.version(), Map.of("stage", "proposal"));
    records.update(user, "opportunity", deal.id(), deal.version(), Map.of("stage", "negotiation"));
    records.update(user, "opportunity", other.id(), other.version(), Map.of("stage", "proposal"));

    List<FieldHistory.Change> changes =
        new FieldHistory(ds).page("opportunity", deal.id(), null, 10);

    assertThat(changes).extracting(FieldHistory.Change::field).containsOnly("stage");
    assertThat(changes)
        .extracting(FieldHistory.Change::oldValue, FieldHistory.Change::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("proposal", "negotiation"),
            org.assertj.core.groups.Tuple.tuple("qualification", "proposal"));
    assertThat(changes).extracting(FieldHistory.Change::changedBy).containsOnly(42L);
    assertThat(new FieldHistory(ds).page("opportunity", deal.id(), null, 1)).hasSize(1);
    assertThat(new FieldHistory(ds).page("opportunity", deal.id(), changes.get(0).id(), 10))
        .extracting(FieldHistory.Change::newValue)
        .containsExactly("proposal");
  }
}
