package io.tsumugi.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.SqlDialect;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The query service on the standard package, on H2 or PostgreSQL ({@code -Ddb=postgresql}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryServiceIT {

  private final CallerContext caller = CallerContext.system();
  private DataSource ds;
  private ActiveMetadata active;
  private RecordService records;
  private QueryService queries;
  private final Map<String, Long> ids = new HashMap<>();

  @BeforeAll
  void standardPackageWithAccountsAndContacts() throws Exception {
    ds = TestDatabases.fresh("q_query");
    active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(testPackage(), 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
    queries = new QueryService(ds, active);
    account("株式会社さくら不動産", 10, "real_estate");
    account("さくら商事株式会社", 20, null);
    account("Sakura Trading", 30, null);
    account("100%満足株式会社", 20, null);
    account("有限会社_アンダー", null, null);
    account("北海道ミルク株式会社", null, "manufacturing");
    Map<String, Object> yamada = new HashMap<>();
    yamada.put("last_name", "山田");
    yamada.put("first_name", "太郎");
    yamada.put("account", ids.get("株式会社さくら不動産"));
    ids.put("山田", records.create(caller, "contact", yamada).id());
    Map<String, Object> suzuki = new HashMap<>();
    suzuki.put("last_name", "鈴木");
    suzuki.put("account", ids.get("北海道ミルク株式会社"));
    ids.put("鈴木", records.create(caller, "contact", suzuki).id());
    ids.put("佐藤", records.create(caller, "contact", Map.of("last_name", "佐藤")).id());
    ids.put(
        "call",
        records
            .create(
                caller,
                "activity",
                Map.of(
                    "subject", "初回訪問",
                    "activity_at", "2025-04-01T10:00:00+09:00",
                    "contact", ids.get("山田")))
            .id());
  }

  /** The standard package, with account employees filterable and industry sortable. */
  static MetadataPackage testPackage() throws Exception {
    MetadataPackage std = StandardPackage.load();
    List<EntityDef> entities = new ArrayList<>();
    for (EntityDef e : std.entities()) {
      if (!e.name().equals("account")) {
        entities.add(e);
        continue;
      }
      List<FieldDef> fields = new ArrayList<>();
      for (FieldDef f : e.fields()) {
        fields.add(
            switch (f.name()) {
              case "employees" -> f.toBuilder().filterable(true).build();
              case "industry" -> f.toBuilder().sortable(true).build();
              default -> f;
            });
      }
      entities.add(e.withFields(fields));
    }
    return std.withEntities(entities);
  }

  private void account(String name, Integer employees, String industry) {
    Map<String, Object> v = new HashMap<>();
    v.put("name", name);
    v.put("employees", employees);
    v.put("industry", industry);
    ids.put(name, records.create(caller, "account", v).id());
  }

  private List<String> names(Filter filter) {
    return queries
        .query(
            caller, "account", RecordQuery.firstPage(100).where(filter).sortedBy(SortKey.asc("id")))
        .records()
        .stream()
        .map(r -> (String) r.get("name"))
        .toList();
  }

  @Test
  void searchableFieldCanBeFilteredForQuickFindEvenIfNotMarkedFilterable() {
    // name_kana is searchable but not filterable; the fixture's accounts have no kana.
    assertThat(names(Filter.contains("name_kana", "カナ"))).isEmpty();
    assertThat(names(Filter.isNull("name_kana"))).isNotEmpty();
  }

  @Test
  void eachOperatorSelectsTheMatchingRecords() {
    assertThat(names(Filter.eq("employees", 20))).containsExactly("さくら商事株式会社", "100%満足株式会社");
    assertThat(names(Filter.ne("employees", 20)))
        .containsExactly("株式会社さくら不動産", "Sakura Trading", "有限会社_アンダー", "北海道ミルク株式会社");
    assertThat(names(Filter.lt("employees", 20))).containsExactly("株式会社さくら不動産");
    assertThat(names(Filter.le("employees", 20))).hasSize(3);
    assertThat(names(Filter.gt("employees", 20))).containsExactly("Sakura Trading");
    assertThat(names(Filter.ge("employees", 20))).hasSize(3);
    assertThat(names(Filter.between("employees", 15, 30))).hasSize(3);
    assertThat(names(Filter.in("employees", 10, 30)))
        .containsExactly("株式会社さくら不動産", "Sakura Trading");
    assertThat(names(Filter.contains("name", "さくら"))).containsExactly("株式会社さくら不動産", "さくら商事株式会社");
    assertThat(names(Filter.contains("name", "sakura"))).containsExactly("Sakura Trading");
    assertThat(names(Filter.startsWith("name", "さくら"))).containsExactly("さくら商事株式会社");
    assertThat(names(Filter.isNull("employees"))).containsExactly("有限会社_アンダー", "北海道ミルク株式会社");
    assertThat(names(Filter.isNotNull("industry"))).containsExactly("株式会社さくら不動産", "北海道ミルク株式会社");
  }

  @Test
  void valuesAreConvertedLikeRecordInput() {
    assertThat(names(Filter.eq("employees", "２０"))).hasSize(2);
    assertThat(names(Filter.in("employees", "１０", 30L))).hasSize(2);
  }

  @Test
  void likeWildcardsInValuesMatchLiterally() {
    assertThat(names(Filter.contains("name", "%"))).containsExactly("100%満足株式会社");
    assertThat(names(Filter.contains("name", "_"))).containsExactly("有限会社_アンダー");
    assertThat(names(Filter.startsWith("name", "100%"))).containsExactly("100%満足株式会社");
  }

  @Test
  void andOrNotCombine() {
    assertThat(names(Filter.and(Filter.contains("name", "さくら"), Filter.eq("employees", 20))))
        .containsExactly("さくら商事株式会社");
    assertThat(names(Filter.or(Filter.eq("employees", 10), Filter.eq("employees", 30))))
        .containsExactly("株式会社さくら不動産", "Sakura Trading");
    assertThat(names(Filter.not(Filter.contains("name", "株式会社"))))
        .containsExactly("Sakura Trading", "有限会社_アンダー");
    assertThat(
            names(
                Filter.and(
                    Filter.not(Filter.isNull("employees")),
                    Filter.or(Filter.startsWith("name", "100"), Filter.startsWith("name", "Sak")))))
        .containsExactly("Sakura Trading", "100%満足株式会社");
  }

  @Test
  void aFilterCanFollowALookupOneLevelAndPagesCarryLookupNames() {
    RecordPage page =
        queries.query(
            caller,
            "contact",
            RecordQuery.firstPage(10).where(Filter.startsWith("account.name", "株式会社さくら")));

    assertThat(page.records()).extracting(Record::id).containsExactly(ids.get("山田"));
    Record yamada = page.records().get(0);
    assertThat(yamada.get("account")).isEqualTo(ids.get("株式会社さくら不動産"));
    assertThat(yamada.lookupName("account")).isEqualTo("株式会社さくら不動産");
    assertThat(yamada.get("full_name")).isEqualTo("山田 太郎");
  }

  @Test
  void aLookupToAnEntityWithAFormulaNameShowsTheComputedName() {
    Record call =
        queries.query(caller, "activity", RecordQuery.firstPage(10)).records().stream()
            .filter(r -> r.id() == ids.get("call"))
            .findFirst()
            .orElseThrow();

    assertThat(call.lookupName("contact")).isEqualTo("山田 太郎");
    assertThat(call.lookupNames()).doesNotContainKey("account");
  }

  @Test
  void sortAscendingAndDescendingBreakTiesByIdAndPutEmptyValuesLast() {
    List<Long> asc =
        queries
            .query(caller, "account", RecordQuery.firstPage(100).sortedBy(SortKey.asc("employees")))
            .records()
            .stream()
            .map(Record::id)
            .toList();
    List<Long> desc =
        queries
            .query(
                caller, "account", RecordQuery.firstPage(100).sortedBy(SortKey.desc("employees")))
            .records()
            .stream()
            .map(Record::id)
            .toList();

    assertThat(asc)
        .containsExactly(
            ids.get("株式会社さくら不動産"),
            ids.get("さくら商事株式会社"),
            ids.get("100%満足株式会社"),
            ids.get("Sakura Trading"),
            ids.get("有限会社_アンダー"),
            ids.get("北海道ミルク株式会社"));
    assertThat(desc).containsExactlyElementsOf(reversed(asc));
  }

  @Test
  void keysetPagesEqualPageNumberPagesForEverySortShape() {
    List<List<SortKey>> sorts =
        List.of(
            List.of(),
            List.of(SortKey.asc("employees")),
            List.of(SortKey.desc("employees")),
            List.of(SortKey.asc("name")),
            List.of(SortKey.desc("employees"), SortKey.asc("name")),
            List.of(SortKey.asc("industry"), SortKey.desc("employees")));
    for (List<SortKey> sort : sorts) {
      for (int size = 1; size <= 4; size++) {
        List<Long> byNumber = new ArrayList<>();
        for (int p = 1; p <= 7; p++) {
          byNumber.addAll(
              ids(queries.query(caller, "account", new RecordQuery(null, sort, size, p, null))));
        }
        List<Long> byCursor = new ArrayList<>();
        RecordPage page =
            queries.query(caller, "account", new RecordQuery(null, sort, size, 1, null));
        byCursor.addAll(ids(page));
        while (page.next() != null) {
          page =
              queries.query(
                  caller, "account", new RecordQuery(null, sort, size, null, page.next()));
          assertThat(page.records()).isNotEmpty();
          byCursor.addAll(ids(page));
        }
        assertThat(byCursor).as("sort %s, page size %d", sort, size).isEqualTo(byNumber).hasSize(6);
      }
    }
  }

  @Test
  void keysetPagesFollowALookupSort() {
    List<SortKey> sort = List.of(SortKey.asc("account.name"));
    List<Long> byNumber = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      byNumber.addAll(
          ids(queries.query(caller, "contact", new RecordQuery(null, sort, 1, p, null))));
    }
    RecordPage page = queries.query(caller, "contact", new RecordQuery(null, sort, 1, 1, null));
    List<Long> byCursor = new ArrayList<>(ids(page));
    while (page.next() != null) {
      page = queries.query(caller, "contact", new RecordQuery(null, sort, 1, null, page.next()));
      byCursor.addAll(ids(page));
    }
    assertThat(byCursor).isEqualTo(byNumber).hasSize(3).endsWith(ids.get("佐藤"));
  }

  @Test
  void aCursorFromAnotherSortIsRefused() {
    RecordPage page =
        queries.query(caller, "account", RecordQuery.firstPage(1).sortedBy(SortKey.asc("name")));

    assertThatThrownBy(
            () ->
                queries.query(
                    caller,
                    "account",
                    RecordQuery.firstPage(1).sortedBy(SortKey.desc("name")).after(page.next())))
        .isInstanceOfSatisfying(
            QueryException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactly("query.invalidCursor"));
  }

  @Test
  void unknownAndNonFilterableFieldsAreRefusedWithMessagesInBothLanguages() {
    assertThatThrownBy(() -> names(Filter.eq("description", "x")))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              FieldError error = e.errors().get(0);
              assertThat(error.code()).isEqualTo("query.notFilterable");
              assertThat(error.field()).isEqualTo("description");
              assertThat(error.messageJa()).contains("description").contains("絞り込み");
              assertThat(error.messageEn()).contains("description").contains("cannot be filtered");
            });
    assertThatThrownBy(
            () ->
                queries.query(
                    caller, "account", RecordQuery.firstPage(5).sortedBy(SortKey.asc("website"))))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::code)
                  .containsExactly("query.notSortable");
              assertThat(e.errors().get(0).messageJa()).contains("website").contains("並べ替え");
            });
    assertThatThrownBy(() -> names(Filter.eq("employees", "たくさん")))
        .isInstanceOfSatisfying(
            QueryException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactly("query.invalidValue"));
    assertThatThrownBy(() -> names(Filter.contains("employees", "1")))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo("query.operatorNotApplicable");
              assertThat(e.errors().get(0).messageEn()).contains("employees").contains("CONTAINS");
            });
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                queries.query(
                    caller,
                    "account",
                    new RecordQuery(
                        Filter.and(
                            Filter.eq("nope", 1),
                            Filter.eq("website", "x"),
                            new Filter.Condition("employees", Operator.BETWEEN, List.of(1))),
                        List.of(SortKey.asc("description")),
                        0,
                        0,
                        null)))
        .isInstanceOfSatisfying(
            QueryException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .containsExactlyInAnyOrder(
                        "query.pageSize",
                        "query.pageNumber",
                        "query.notSortable",
                        "query.unknownField",
                        "query.notFilterable",
                        "query.valueCount"));
  }

  @Test
  void hostileFieldNamesNeverReachSqlAndHostileValuesAreJustData() throws Exception {
    String injection = "name = '' OR 1=1; DROP TABLE crm_account; --";
    assertThatThrownBy(() -> names(Filter.eq(injection, "x")))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo("query.unknownField");
              assertThat(e.errors().get(0).messageEn()).doesNotContain("'").doesNotContain(";");
            });
    assertThatThrownBy(
            () ->
                queries.query(
                    caller,
                    "account",
                    RecordQuery.firstPage(5).sortedBy(SortKey.asc("name desc, (select 1)"))))
        .isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> names(Filter.eq("account.name", "x")))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> assertThat(e.errors().get(0).code()).isEqualTo("query.unknownField"));

    assertThat(names(Filter.eq("name", "' OR '1'='1"))).isEmpty();
    assertThat(names(Filter.contains("name", "'); DROP TABLE crm_account; --"))).isEmpty();
    assertThat(names(Filter.in("industry", "x' OR 'a'='a", "real_estate")))
        .containsExactly("株式会社さくら不動産");
    assertThat(queries.countCapped(caller, "account", null)).isEqualTo(6);
  }

  @Test
  void searchFindsRecordsByNameAndSearchableFieldsAcrossEntities() {
    assertThat(queries.search(caller, "account", "さくら", 10))
        .extracting(r -> r.get("name"))
        .containsExactlyInAnyOrder("株式会社さくら不動産", "さくら商事株式会社");
    assertThat(queries.search(caller, "contact", "山田", 10))
        .extracting(Record::id)
        .containsExactly(ids.get("山田"));
    assertThat(queries.search(caller, "account", "  ", 10)).isEmpty();

    List<SearchHit> hits = queries.searchAll(caller, "山田", 5);
    assertThat(hits).containsExactly(new SearchHit("contact", ids.get("山田"), "山田 太郎"));
    assertThat(queries.searchAll(caller, "訪問", 5))
        .containsExactly(new SearchHit("activity", ids.get("call"), "初回訪問"));
  }

  @Test
  void recordServiceNormalisesOneFieldForForms() {
    assertThat(records.normalize("account", "phone", "０３１２３４５６７８")).isEqualTo("03-1234-5678");
    assertThat(records.normalize("account", "postal_code", "１０００００１")).isEqualTo("100-0001");
    assertThat(records.normalize("account", "phone", "12")).isEqualTo("12");
    assertThat(records.normalize("account", "nope", "x")).isEqualTo("x");
  }

  @Test
  void countsStopAfterTenThousandAndOneRows() throws Exception {
    DataSource big = TestDatabases.fresh("q_count");
    ActiveMetadata meta = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(big, meta);
    applier.recoverAndLoad();
    applier.apply(testPackage(), 1, "tester", ApplyOptions.defaults());
    try (Connection c = big.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO crm_account (id, created_at, updated_at, version, name, employees)"
                    + " VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, ?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < 10_050; i++) {
        ps.setLong(1, 1_000_000L + i);
        ps.setString(2, "会社" + i);
        ps.setInt(3, i % 7);
        ps.addBatch();
      }
      ps.executeBatch();
      c.commit();
    }
    QueryService q = new QueryService(big, meta);

    assertThat(q.countCapped(caller, "account", null)).isEqualTo(10_001);
    assertThat(q.countCapped(caller, "account", Filter.eq("employees", 3))).isEqualTo(1_436);
    RecordPage page = q.query(caller, "account", RecordQuery.firstPage(50));
    assertThat(page.count()).isEqualTo(10_000);
    assertThat(page.countCapped()).isTrue();
    RecordPage few =
        q.query(caller, "account", RecordQuery.firstPage(50).where(Filter.eq("employees", 3)));
    assertThat(few.count()).isEqualTo(1_436);
    assertThat(few.countCapped()).isFalse();
    RecordPage deep = q.query(caller, "account", RecordQuery.firstPage(50).page(201));
    assertThat(deep.records()).extracting(Record::id).first().isEqualTo(1_010_000L);
    assertThat(deep.next()).isNull();
  }

  @Test
  void aPrefixFilterIsServedByAnIndex() throws Exception {
    try (Connection c = ds.getConnection()) {
      boolean postgresql = SqlDialect.of(c) == SqlDialect.POSTGRESQL;
      EntityDef account = active.entity("account");
      String nameId = account.field("name").orElseThrow().id();
      WhereSql where =
          new WhereSql(active.current().pkg(), account, Filter.startsWith("name", "さくら"));
      if (postgresql) {
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE crm_account");
          // Six rows: a sequential scan would win on cost; the point is that the index can serve
          // it.
          s.execute("SET enable_seqscan = off");
        }
      }
      StringBuilder plan = new StringBuilder();
      try (PreparedStatement ps =
          c.prepareStatement("EXPLAIN SELECT t.id FROM crm_account t WHERE " + where.condition)) {
        Bind.all(ps, where.binds);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
      }
      if (postgresql) {
        // Under a UTF-8 collation only a text_pattern_ops index serves LIKE 'prefix%'.
        assertThat(plan.toString())
            .contains(SqlNames.prefixIndex(account.id(), nameId))
            .contains("~>=~")
            .contains("~<~");
      } else {
        // H2 serves the prefix from the (name, id) index of the sortable field.
        assertThat(plan.toString().toLowerCase(java.util.Locale.ROOT))
            .contains(SqlNames.index(account.id(), nameId).toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  private static List<Long> ids(RecordPage page) {
    return page.records().stream().map(Record::id).toList();
  }

  private static List<Long> reversed(List<Long> l) {
    List<Long> r = new ArrayList<>(l);
    java.util.Collections.reverse(r);
    return r;
  }
}
