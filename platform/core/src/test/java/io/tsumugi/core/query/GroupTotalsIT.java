package io.tsumugi.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.standard.StandardPackage;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Totals per stage cover every matching record, not a page of them. */
class GroupTotalsIT {

  @Test
  void countsAndSumsPerStageOverAllRecords() throws Exception {
    DataSource ds = TestDatabases.fresh("group-totals");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    RecordService records = new RecordService(ds, active);
    CallerContext caller = CallerContext.system();
    long account = records.create(caller, "account", Map.of("name", "集計株式会社")).id();
    for (int i = 0; i < 120; i++) {
      records.create(caller, "opportunity", deal("提案" + i, "proposal", 1000, account));
    }
    records.create(caller, "opportunity", deal("交渉", "negotiation", 5000, account));
    records.create(
        caller,
        "opportunity",
        Map.of(
            "name",
            "金額なし",
            "stage",
            "negotiation",
            "close_date",
            "2026-12-25",
            "account",
            account));
    QueryService queries = new QueryService(ds, active);

    Map<Object, GroupTotal> totals =
        queries.totals(caller, "opportunity", null, "stage", "amount").stream()
            .collect(Collectors.toMap(GroupTotal::key, t -> t));

    assertThat(totals.get("proposal").count()).isEqualTo(120);
    assertThat(totals.get("proposal").sum()).isEqualByComparingTo(new BigDecimal(120_000));
    assertThat(totals.get("negotiation").count()).isEqualTo(2);
    assertThat(totals.get("negotiation").sum()).isEqualByComparingTo(new BigDecimal(5000));
    assertThat(queries.totals(caller, "opportunity", Filter.eq("stage", "proposal"), "stage", null))
        .singleElement()
        .satisfies(t -> assertThat(t.count()).isEqualTo(120));
    assertThatThrownBy(() -> queries.totals(caller, "opportunity", null, "stage", "name"))
        .isInstanceOf(QueryException.class);
  }

  private static Map<String, Object> deal(String name, String stage, int amount, long account) {
    return Map.of(
        "name",
        name,
        "stage",
        stage,
        "amount",
        amount,
        "close_date",
        "2026-12-25",
        "account",
        account);
  }
}
