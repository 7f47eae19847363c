package io.tsumugi.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordService;
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
    CallerContext user = new CallerContext(42L, "tanaka", Set.of());
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

    List<FieldChange> changes = new FieldHistory(ds).of("opportunity", deal.id(), 10);

    assertThat(changes).extracting(FieldChange::field).containsOnly("stage");
    assertThat(changes)
        .extracting(FieldChange::oldValue, FieldChange::newValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("proposal", "negotiation"),
            org.assertj.core.groups.Tuple.tuple("qualification", "proposal"));
    assertThat(changes).extracting(FieldChange::changedBy).containsOnly(42L);
    assertThat(new FieldHistory(ds).of("opportunity", deal.id(), 1)).hasSize(1);
  }
}
