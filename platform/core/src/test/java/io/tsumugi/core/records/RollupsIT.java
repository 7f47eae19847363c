package io.tsumugi.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.query.QueryService;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rollup fields on account over its opportunities (count, sum, min, max, a filtered sum, a formula
 * on a rollup), read through the record service and the query service on a real database after
 * children are created, updated, re-parented and deleted.
 */
class RollupsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CallerContext caller = CallerContext.system();
  private RecordService records;
  private RecordDeletion deletion;
  private QueryService queries;
  private long tsumugi;
  private long orimono;

  @BeforeEach
  void accountsWithRollups() throws Exception {
    ObjectNode pkg = PackageWriter.toJson(StandardPackage.load());
    ArrayNode fields = null;
    for (var e : pkg.withArray("entities")) {
      if (e.path("name").asText().equals("account")) {
        fields = (ArrayNode) e.path("fields");
      }
    }
    rollup(fields, "deal_count", "count", null, null);
    rollup(fields, "deal_total", "sum", "amount", null);
    rollup(fields, "first_close", "min", "close_date", null);
    rollup(fields, "last_close", "max", "close_date", null);
    rollup(fields, "won_total", "sum", "amount", "stage == 'closed_won'");
    rollup(fields, "revenue_total", "sum", "expected_revenue", null);
    ObjectNode formula = fields.addObject();
    formula.put("id", "it.has_deals").put("name", "has_deals").put("type", "formula");
    formula.putObject("label").put("ja", "商談あり").put("en", "Has deals");
    formula.putObject("options").put("expression", "deal_count > 0").put("resultType", "boolean");
    MetadataPackage withRollups =
        new MetadataLoader().loadJson(JSON.writeValueAsString(pkg)).orThrow();

    DataSource ds = TestDatabases.fresh("rollups");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(withRollups, 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
    deletion = new RecordDeletion(ds, active);
    queries = new QueryService(ds, active);
    tsumugi = records.create(caller, "account", Map.of("name", "紬商事")).id();
    orimono = records.create(caller, "account", Map.of("name", "織物産業")).id();
  }

  private static void rollup(
      ArrayNode fields, String name, String fn, String summarized, String filter) {
    ObjectNode f = fields.addObject();
    f.put("id", "it." + name).put("name", name).put("type", "rollup");
    f.putObject("label").put("ja", name).put("en", name);
    ObjectNode o = f.putObject("options");
    o.put("function", fn).put("childEntity", "opportunity").put("childField", "account");
    if (summarized != null) {
      o.put("summarizedField", summarized);
    }
    if (filter != null) {
      o.put("filter", filter);
    }
  }

  private Record deal(long account, String amount, LocalDate close, String stage) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", "商談 " + amount);
    v.put("account", account);
    v.put("stage", stage);
    v.put("amount", new BigDecimal(amount));
    v.put("close_date", close);
    v.put("probability", new BigDecimal("50"));
    return records.create(caller, "opportunity", v);
  }

  private Record account(long id) {
    return records.get(caller, "account", id).orElseThrow();
  }

  @Test
  void anAccountWithoutDealsCountsZeroAndHasNoDates() {
    Record a = account(tsumugi);

    assertThat(a.get("deal_count")).isEqualTo(0L);
    assertThat((BigDecimal) a.get("deal_total")).isEqualByComparingTo("0");
    assertThat(a.get("first_close")).isNull();
    assertThat(a.get("has_deals")).isEqualTo(false);
  }

  @Test
  void rollupsFollowChildrenCreatedUpdatedReparentedAndDeleted() {
    deal(tsumugi, "1000000", LocalDate.of(2026, 3, 31), "closed_won");
    Record second = deal(tsumugi, "250000", LocalDate.of(2026, 1, 15), "proposal");
    Record third = deal(tsumugi, "50000", LocalDate.of(2026, 6, 1), "qualification");

    Record a = account(tsumugi);
    assertThat(a.get("deal_count")).isEqualTo(3L);
    assertThat((BigDecimal) a.get("deal_total")).isEqualByComparingTo("1300000");
    assertThat(a.get("first_close")).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(a.get("last_close")).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat((BigDecimal) a.get("won_total")).isEqualByComparingTo("1000000");
    assertThat((BigDecimal) a.get("revenue_total")).isEqualByComparingTo("650000");
    assertThat(a.get("has_deals")).isEqualTo(true);

    records.update(
        caller,
        "opportunity",
        second.id(),
        second.version(),
        Map.of("stage", "closed_won", "amount", new BigDecimal("300000")));
    records.update(caller, "opportunity", third.id(), third.version(), Map.of("account", orimono));

    a = account(tsumugi);
    assertThat(a.get("deal_count")).isEqualTo(2L);
    assertThat((BigDecimal) a.get("deal_total")).isEqualByComparingTo("1300000");
    assertThat((BigDecimal) a.get("won_total")).isEqualByComparingTo("1300000");
    assertThat(a.get("last_close")).isEqualTo(LocalDate.of(2026, 3, 31));
    Record o = account(orimono);
    assertThat(o.get("deal_count")).isEqualTo(1L);
    assertThat((BigDecimal) o.get("deal_total")).isEqualByComparingTo("50000");

    Record moved = records.get(caller, "opportunity", third.id()).orElseThrow();
    deletion.delete(caller, "opportunity", third.id(), moved.version());
    o = account(orimono);
    assertThat(o.get("deal_count")).isEqualTo(0L);
    assertThat(o.get("first_close")).isNull();
  }

  @Test
  void aListPageComputesEachRowsRollupsFromItsOwnChildren() {
    deal(tsumugi, "100", LocalDate.of(2026, 2, 1), "proposal");
    deal(tsumugi, "200", LocalDate.of(2026, 2, 2), "closed_won");
    deal(orimono, "7", LocalDate.of(2026, 5, 5), "closed_won");
    long empty = records.create(caller, "account", Map.of("name", "空株式会社")).id();

    Map<Long, Record> page = new HashMap<>();
    queries
        .query(caller, "account", RecordQuery.firstPage(50))
        .records()
        .forEach(r -> page.put(r.id(), r));

    assertThat(page.get(tsumugi).get("deal_count")).isEqualTo(2L);
    assertThat((BigDecimal) page.get(tsumugi).get("deal_total")).isEqualByComparingTo("300");
    assertThat((BigDecimal) page.get(tsumugi).get("won_total")).isEqualByComparingTo("200");
    assertThat(page.get(orimono).get("deal_count")).isEqualTo(1L);
    assertThat(page.get(orimono).get("last_close")).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(page.get(empty).get("deal_count")).isEqualTo(0L);
    assertThat(page.get(empty).get("has_deals")).isEqualTo(false);
    assertThat(page.get(tsumugi).get("has_deals")).isEqualTo(true);
  }
}
