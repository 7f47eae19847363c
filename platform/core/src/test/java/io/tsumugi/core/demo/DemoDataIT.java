package io.tsumugi.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.QueryService;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The demo loader on H2 or PostgreSQL ({@code -Ddb=postgresql}). */
class DemoDataIT {

  private final CallerContext caller = CallerContext.system();

  @Test
  void anEmptyDatabaseGetsAFewHundredRecordsAndASecondRunAddsNothing() throws Exception {
    DataSource ds = TestDatabases.fresh("q_demo");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    RecordService records = new RecordService(ds, active);
    QueryService queries = new QueryService(ds, active);

    Map<String, Integer> loaded = new DemoData(ds, active, records).loadIfEmpty();

    assertThat(loaded)
        .containsEntry("campaign", 4)
        .containsEntry("account", 60)
        .containsEntry("sales_lead", 80)
        .containsEntry("opportunity", 90);
    assertThat(loaded.get("contact")).isBetween(60, 240);
    assertThat(loaded.get("activity")).isBetween(1, 180);
    assertThat(loaded.values().stream().mapToInt(Integer::intValue).sum()).isBetween(300, 700);
    for (Map.Entry<String, Integer> e : loaded.entrySet()) {
      assertThat(queries.countCapped(caller, e.getKey(), null))
          .as(e.getKey())
          .isEqualTo(e.getValue().longValue());
    }
    assertThat(queries.countCapped(caller, "sales_lead", Filter.in("status", "mql", "sql")))
        .isPositive();
    assertThat(queries.countCapped(caller, "opportunity", Filter.eq("stage", "closed_won")))
        .isPositive();
    assertThat(queries.countCapped(caller, "account", Filter.startsWith("phone", "03-")))
        .isPositive();

    assertThat(new DemoData(ds, active, records).loadIfEmpty()).isEmpty();
    assertThat(queries.countCapped(caller, "account", null)).isEqualTo(60L);
  }
}
