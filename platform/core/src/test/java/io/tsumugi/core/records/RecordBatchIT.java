package io.tsumugi.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.standard.StandardPackage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batches, upserts and field history on the standard package, on a real database. */
class RecordBatchIT {

  private final CallerContext caller = CallerContext.system();
  private DataSource ds;
  private RecordService records;
  private RecordBatch batch;

  @BeforeEach
  void standardPackage() throws Exception {
    ds = TestDatabases.fresh("batch");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
    batch = new RecordBatch(records);
  }

  private static RecordBatch.Item create(Map<String, ?> values) {
    return new RecordBatch.Item(null, null, values);
  }

  private long count(String table) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void anAtomicBatchWithOneBadRecordWritesNothingAndReportsEveryBadOne() throws Exception {
    RecordBatch.Result r =
        batch.run(
            caller,
            "product",
            RecordBatch.Operation.CREATE,
            List.of(
                create(Map.of("name", "A", "product_code", "A-1")),
                create(Map.of("name", "B", "product_code", "A-1")),
                create(Map.of("product_code", "C-1")),
                create(Map.of("name", "D", "product_code", "D-1"))),
            true);

    assertThat(r.committed()).isFalse();
    assertThat(r.items())
        .extracting(RecordBatch.ItemResult::outcome)
        .containsExactly(
            RecordBatch.Outcome.CREATED,
            RecordBatch.Outcome.INVALID,
            RecordBatch.Outcome.INVALID,
            RecordBatch.Outcome.CREATED);
    assertThat(r.items().get(1).errors()).extracting(FieldError::code).contains("value.notUnique");
    assertThat(r.items().get(2).errors()).extracting(FieldError::field).contains("name");
    assertThat(count("crm_product")).isZero();
  }

  @Test
  void aPerRecordBatchWritesTheGoodRecordsAndReportsMissingAndStaleOnes() throws Exception {
    Record a = records.create(caller, "product", Map.of("name", "A", "product_code", "A-1"));
    Record b = records.create(caller, "product", Map.of("name", "B", "product_code", "B-1"));
    RecordBatch.Result r =
        batch.run(
            caller,
            "product",
            RecordBatch.Operation.UPDATE,
            List.of(
                new RecordBatch.Item(a.id(), a.version(), Map.of("name", "A2")),
                new RecordBatch.Item(999_999L, null, Map.of("name", "X")),
                new RecordBatch.Item(b.id(), b.version() + 5, Map.of("name", "B2")),
                new RecordBatch.Item(b.id(), null, Map.of("unit_price", "-1"))),
            false);

    assertThat(r.items())
        .extracting(RecordBatch.ItemResult::outcome)
        .containsExactly(
            RecordBatch.Outcome.UPDATED,
            RecordBatch.Outcome.NOT_FOUND,
            RecordBatch.Outcome.CONFLICT,
            RecordBatch.Outcome.INVALID);
    assertThat(records.get(caller, "product", a.id()).orElseThrow().get("name")).isEqualTo("A2");
    assertThat(records.get(caller, "product", b.id()).orElseThrow().get("name")).isEqualTo("B");
  }

  @Test
  void moreThanTwoHundredRecordsAreRefused() {
    List<RecordBatch.Item> items = new ArrayList<>();
    for (int i = 0; i <= RecordBatch.MAX_RECORDS; i++) {
      items.add(create(Map.of("name", "P" + i, "product_code", "P-" + i)));
    }
    assertThatThrownBy(
            () -> batch.run(caller, "product", RecordBatch.Operation.CREATE, items, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void upsertCreatesOnceThenUpdatesTheRecordWithThatKey() {
    RecordUpsert upsert = new RecordUpsert(records);
    RecordUpsert.Upserted first =
        upsert.upsert(caller, "product", "product_code", "K-1", Map.of("name", "K"), null);
    RecordUpsert.Upserted second =
        upsert.upsert(caller, "product", "product_code", "K-1", Map.of("unit_price", 500), null);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.record().id()).isEqualTo(first.record().id());
    assertThat(second.record().get("name")).isEqualTo("K");
    assertThat(second.record().get("unit_price").toString()).startsWith("500");
  }

  @Test
  void upsertByAFieldThatIsNotUniqueIsRefusedNamingTheUniqueOnes() {
    assertThatThrownBy(
            () -> new RecordUpsert(records).upsert(caller, "product", "name", "K", Map.of(), null))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo("upsert.fieldNotUnique");
              assertThat(e.errors().get(0).messageEn()).contains("product_code");
            });
  }

  @Test
  void fieldHistoryListsTrackedChangesNewestFirstPageByPage() {
    Record a = records.create(caller, "account", Map.of("name", "一"));
    a = records.update(caller, "account", a.id(), a.version(), Map.of("name", "二"));
    a = records.update(caller, "account", a.id(), a.version(), Map.of("name", "三"));
    records.update(caller, "account", a.id(), a.version(), Map.of("employees", 5));
    FieldHistory history = new FieldHistory(ds);

    List<FieldHistory.Change> first = history.page("account", a.id(), null, 1);
    List<FieldHistory.Change> rest = history.page("account", a.id(), first.get(0).id(), 10);

    assertThat(first).extracting(FieldHistory.Change::newValue).containsExactly("三");
    assertThat(first.get(0).oldValue()).isEqualTo("二");
    assertThat(rest).extracting(FieldHistory.Change::newValue).containsExactly("二");
    assertThat(rest.get(0).field()).isEqualTo("name");
  }
}
