package io.tsumugi.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.identity.Departments;
import io.tsumugi.core.identity.PasswordPolicy;
import io.tsumugi.core.identity.UserDetails;
import io.tsumugi.core.identity.Users;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.QueryException;
import io.tsumugi.core.query.QueryService;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.FieldErrorsException;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordDeletion;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.RollupFunction;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Visibility, sharing, field-level security and the explainer on a real database (H2, or PostgreSQL
 * with -Ddb=postgresql): 本社 → 東京営業部 → 第一課, and 大阪営業部 under 本社. Leads are private, opportunities
 * department-wide; web leads are shared with 大阪営業部 for reading.
 */
class RecordAccessIT {

  private static final LocalizedText LABEL = new LocalizedText("営業", "Sales");
  private static final CallerContext SYSTEM = CallerContext.system();

  private static DataSource ds;
  private static RecordService records;
  private static QueryService queries;
  private static RecordDeletion deletion;
  private static AccessService access;
  private static CallerContext honsha;
  private static CallerContext tokyo;
  private static CallerContext dai1;
  private static CallerContext dai1Peer;
  private static CallerContext osaka;
  private static CallerContext auditor;

  static SecurityDef security() {
    PermissionSet reps =
        new PermissionSet(
            "reps",
            LABEL,
            List.of("user"),
            Map.of(
                "*",
                new EntityPermission(true, true, true, true, true, true, false, false),
                "campaign",
                new EntityPermission(false, true, false, false, false, false, false, false),
                "support_case",
                EntityPermission.NONE),
            Map.of(
                "sales_lead",
                Map.of("score", FieldAccess.READ, "description", FieldAccess.NONE),
                "opportunity",
                Map.of("probability", FieldAccess.NONE)));
    PermissionSet auditors =
        new PermissionSet(
            "auditors",
            LABEL,
            List.of(),
            Map.of("*", new EntityPermission(false, true, false, false, false, false, true, false)),
            Map.of());
    SharingRule web =
        new SharingRule(
            "web_leads_to_osaka",
            LABEL,
            "sales_lead",
            List.of(new ListView.Filter("lead_source", "eq", "web_form")),
            "大阪営業部",
            false,
            null,
            false);
    return new SecurityDef(
        Map.of("sales_lead", Visibility.PRIVATE, "opportunity", Visibility.DEPARTMENT),
        List.of(reps, auditors),
        List.of(web));
  }

  @BeforeAll
  static void tree() throws Exception {
    ds = TestDatabases.fresh("access");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    MetadataPackage pkg = withComputedFields(StandardPackage.load()).withSecurity(security());
    applier.apply(pkg, 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
    queries = new QueryService(ds, active);
    deletion = new RecordDeletion(ds, active);
    access = new AccessService(ds, active);
    Departments departments = new Departments(ds);
    long hq = departments.create("本社", null).id();
    long tokyoDept = departments.create("東京営業部", hq).id();
    long first = departments.create("第一課", tokyoDept).id();
    long osakaDept = departments.create("大阪営業部", hq).id();
    Users users = new Users(ds, PasswordPolicy.defaults(), p -> "hashed:" + p);
    honsha = user(users, "honsha", hq);
    tokyo = user(users, "tokyo", tokyoDept);
    dai1 = user(users, "dai1", first);
    dai1Peer = user(users, "dai1peer", first);
    osaka = user(users, "osaka", osakaDept);
    auditor = user(users, "auditor", null);
    new PermissionSetAssignments(ds, active, new io.tsumugi.core.console.ConsoleAudit(ds))
        .assign("tester", "auditor", "auditors");
  }

  /**
   * The standard package plus a formula over the hidden lead description and three rollups on
   * account: opportunities counted and summed (department-wide records) and support cases (an
   * entity reps may not read).
   */
  static MetadataPackage withComputedFields(MetadataPackage std) {
    FieldDef descriptionSize =
        FieldDef.builder("sales_lead.description_size", "description_size", FieldType.FORMULA)
            .options(
                FieldOptions.builder()
                    .expression("size(description)")
                    .resultType(FieldType.INTEGER)
                    .build())
            .build();
    FieldDef dealCount = rollup("opportunity_count", "opportunity", RollupFunction.COUNT, null);
    FieldDef pipeline = rollup("pipeline", "opportunity", RollupFunction.SUM, "amount");
    FieldDef caseCount = rollup("case_count", "support_case", RollupFunction.COUNT, null);
    List<EntityDef> entities = new ArrayList<>();
    for (EntityDef e : std.entities()) {
      List<FieldDef> fields = new ArrayList<>(e.fields());
      if (e.name().equals("sales_lead")) {
        fields.add(descriptionSize);
      } else if (e.name().equals("account")) {
        fields.addAll(List.of(dealCount, pipeline, caseCount));
      }
      entities.add(e.withFields(fields));
    }
    return std.withEntities(entities);
  }

  private static FieldDef rollup(
      String name, String child, RollupFunction function, String summarized) {
    return FieldDef.builder("account." + name, name, FieldType.ROLLUP)
        .options(
            FieldOptions.builder()
                .function(function)
                .childEntity(child)
                .childField("account")
                .summarizedField(summarized)
                .build())
        .build();
  }

  private static CallerContext user(Users users, String login, Long department) {
    long id =
        users
            .create(
                new UserDetails(
                    login, login, login + "@example.jp", "ja", department, Set.of("user")),
                "long-enough-password-1")
            .id();
    return new CallerContext(id, login, Set.of("user"));
  }

  private static Record lead(CallerContext owner, String name, String source) {
    return records.create(
        owner,
        "sales_lead",
        Map.of("name", name, "status", "new", "lead_source", source, "phone", "03-1111-2222"));
  }

  private static long count(CallerContext caller, String name) {
    return queries.countCapped(caller, "sales_lead", Filter.eq("name", name));
  }

  @Test
  void aPrivateRecordIsSeenByItsOwnerAndTheDepartmentsAboveOnly() {
    Record r = lead(dai1, "非公開リード" + System.nanoTime(), "referral");
    String name = (String) r.get("name");
    assertThat(records.get(dai1, "sales_lead", r.id())).isPresent();
    assertThat(records.get(tokyo, "sales_lead", r.id())).isPresent();
    assertThat(records.get(honsha, "sales_lead", r.id())).isPresent();
    assertThat(records.get(dai1Peer, "sales_lead", r.id())).isEmpty();
    assertThat(records.get(osaka, "sales_lead", r.id())).isEmpty();
    assertThat(count(tokyo, name)).isEqualTo(1);
    assertThat(count(osaka, name)).isZero();
    assertThat(queries.search(osaka, "sales_lead", name, 10)).isEmpty();
    assertThat(queries.searchAll(osaka, name, 10)).isEmpty();
    assertThat(queries.search(honsha, "sales_lead", name, 10)).hasSize(1);
    assertThat(
            queries
                .query(
                    osaka, "sales_lead", RecordQuery.firstPage(50).where(Filter.eq("name", name)))
                .records())
        .isEmpty();
    assertThat(
            queries.totals(osaka, "sales_lead", Filter.eq("name", name), "status", null).stream()
                .mapToLong(t -> t.count())
                .sum())
        .isZero();
    assertThat(queries.phoneLookup(osaka, "03-1111-2222", 100))
        .noneMatch(m -> m.id() == r.id() && m.entity().equals("sales_lead"));
    assertThat(queries.phoneLookup(tokyo, "03-1111-2222", 100))
        .anyMatch(m -> m.id() == r.id() && m.entity().equals("sales_lead"));
  }

  @Test
  void onlyTheOwnerChangesAPrivateRecordTheManagerGets403AndAStranger404() {
    Record r = lead(dai1, "変更リード" + System.nanoTime(), "referral");
    assertThatThrownBy(
            () -> records.update(tokyo, "sales_lead", r.id(), r.version(), Map.of("title", "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> records.update(osaka, "sales_lead", r.id(), r.version(), Map.of("title", "x")))
        .isInstanceOf(RecordNotVisibleException.class);
    assertThatThrownBy(() -> deletion.delete(osaka, "sales_lead", r.id(), r.version()))
        .isInstanceOf(RecordNotVisibleException.class);
    assertThatThrownBy(() -> deletion.delete(tokyo, "sales_lead", r.id(), r.version()))
        .isInstanceOf(AccessDeniedException.class);
    Record unchanged = records.get(SYSTEM, "sales_lead", r.id()).orElseThrow();
    assertThat(unchanged.version()).isEqualTo(r.version());
    assertThat(unchanged.get("title")).isNull();
    records.update(dai1, "sales_lead", r.id(), r.version(), Map.of("title", "課長"));
  }

  @Test
  void aSharingRuleOpensMatchingRecordsForReadingOnly() {
    Record web = lead(tokyo, "ウェブリード" + System.nanoTime(), "web_form");
    Record other = lead(tokyo, "紹介リード" + System.nanoTime(), "referral");
    assertThat(records.get(osaka, "sales_lead", web.id())).isPresent();
    assertThat(records.get(osaka, "sales_lead", other.id())).isEmpty();
    assertThatThrownBy(
            () ->
                records.update(osaka, "sales_lead", web.id(), web.version(), Map.of("title", "x")))
        .isInstanceOf(AccessDeniedException.class);
    AccessExplanation why = access.explain("osaka", "sales_lead", web.id());
    assertThat(why.canRead()).isTrue();
    assertThat(why.canWrite()).isFalse();
    assertThat(why.reasons())
        .extracting(AccessExplanation.Reason::code, AccessExplanation.Reason::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sharingRule", "web_leads_to_osaka"));
    AccessExplanation not = access.explain("osaka", "sales_lead", other.id());
    assertThat(not.canRead()).isFalse();
    assertThat(not.reasons())
        .extracting(AccessExplanation.Reason::code)
        .containsExactly("notShared");
    assertThat(access.explain("honsha", "sales_lead", other.id()).reasons())
        .extracting(AccessExplanation.Reason::code)
        .containsExactly("ancestorDepartment");
  }

  @Test
  void departmentRecordsAreSharedWithTheDepartmentAndAboveForReadingAndWriting() {
    Record account = records.create(tokyo, "account", Map.of("name", "東京商事" + System.nanoTime()));
    Record deal =
        records.create(
            tokyo,
            "opportunity",
            Map.of(
                "name",
                "東京の商談",
                "account",
                account.id(),
                "stage",
                "qualification",
                "close_date",
                "2026-12-24"));
    assertThat(records.get(dai1, "opportunity", deal.id())).isEmpty();
    assertThat(records.get(osaka, "opportunity", deal.id())).isEmpty();
    Record changed =
        records.update(honsha, "opportunity", deal.id(), deal.version(), Map.of("next_step", "訪問"));
    assertThat(changed.get("next_step")).isEqualTo("訪問");
  }

  @Test
  void noOneLearnsAnInvisibleLookupTargetByFilteringThroughItOrLinkingToIt() {
    Record account = records.create(tokyo, "account", Map.of("name", "東京物産" + System.nanoTime()));
    Map<String, Object> deal =
        Map.of(
            "name",
            "東京だけの商談",
            "account",
            account.id(),
            "stage",
            "qualification",
            "close_date",
            "2026-12-24");
    Record tokyoDeal = records.create(tokyo, "opportunity", deal);
    Record osakaDeal = records.create(osaka, "opportunity", deal);

    // Linking a task to a deal Osaka cannot see is "not found", as for an id that does not exist.
    assertThatThrownBy(
            () ->
                records.create(
                    osaka, "task", Map.of("subject", "電話", "opportunity", tokyoDeal.id())))
        .isInstanceOfSatisfying(
            FieldErrorsException.class,
            e ->
                assertThat(e.errors())
                    .extracting(x -> x.field() + " " + x.code())
                    .containsExactly("opportunity lookup.notFound"));
    Record task =
        records.create(osaka, "task", Map.of("subject", "電話", "opportunity", osakaDeal.id()));
    assertThatThrownBy(
            () ->
                records.update(
                    osaka,
                    "task",
                    task.id(),
                    task.version(),
                    Map.of("opportunity", tokyoDeal.id())))
        .isInstanceOf(FieldErrorsException.class);
    assertThat(records.get(SYSTEM, "task", task.id()).orElseThrow().get("opportunity"))
        .isEqualTo(osakaDeal.id());
    records.create(tokyo, "task", Map.of("subject", "訪問", "opportunity", tokyoDeal.id()));

    // Filtering or sorting through the lookup would tell the deal's name one guess at a time.
    Filter guess = Filter.eq("opportunity.name", "東京だけの商談");
    assertThatThrownBy(() -> queries.countCapped(osaka, "task", guess))
        .isInstanceOfSatisfying(
            QueryException.class,
            e ->
                assertThat(e.errors())
                    .extracting(x -> x.code())
                    .containsExactly("query.restrictedLookup"));
    // The lookup's own value (the id) is the task's data, and tasks are public: that stays usable.
    assertThat(queries.countCapped(osaka, "task", Filter.eq("opportunity.id", tokyoDeal.id())))
        .isEqualTo(1);
    assertThat(queries.countCapped(SYSTEM, "task", guess)).isGreaterThanOrEqualTo(1);
    // Paths into an entity everyone reads wholly stay usable.
    assertThat(queries.countCapped(osaka, "task", Filter.eq("account.name", "どこにもない会社"))).isZero();
  }

  @Test
  void viewAllAssignedDirectlyReadsEverythingButChangesNothing() {
    Record r = lead(dai1, "監査対象" + System.nanoTime(), "referral");
    assertThat(records.get(auditor, "sales_lead", r.id())).isPresent();
    assertThatThrownBy(
            () -> records.update(auditor, "sales_lead", r.id(), r.version(), Map.of("title", "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(access.explain("auditor", "sales_lead", r.id()).reasons())
        .extracting(AccessExplanation.Reason::code)
        .contains("viewAll");
  }

  @Test
  void hiddenFieldsNeverComeBackCannotBeFilteredAndReadOnlyFieldsRefuseTheWholeWrite() {
    Record r = lead(dai1, "項目権限" + System.nanoTime(), "referral");
    records.update(
        SYSTEM, "sales_lead", r.id(), r.version(), Map.of("description", "社外秘", "score", 10));
    Record seen = records.get(dai1, "sales_lead", r.id()).orElseThrow();
    assertThat(seen.values()).doesNotContainKey("description").containsEntry("score", 10L);
    assertThat(
            queries
                .query(
                    dai1,
                    "sales_lead",
                    RecordQuery.firstPage(5).where(Filter.eq("name", r.get("name"))))
                .records())
        .allSatisfy(x -> assertThat(x.values()).doesNotContainKey("description"));
    assertThatThrownBy(
            () -> queries.countCapped(dai1, "sales_lead", Filter.contains("description", "社外秘")))
        .isInstanceOf(QueryException.class)
        .satisfies(
            e ->
                assertThat(((FieldErrorsException) e).errors().get(0).code())
                    .isEqualTo("query.unknownField"));
    assertThatThrownBy(
            () ->
                records.update(
                    dai1, "sales_lead", r.id(), seen.version(), Map.of("score", 99, "title", "部長")))
        .isInstanceOf(FieldErrorsException.class)
        .satisfies(
            e ->
                assertThat(((FieldErrorsException) e).errors())
                    .extracting(x -> x.code())
                    .containsExactly("field.readOnly"));
    Record after = records.get(SYSTEM, "sales_lead", r.id()).orElseThrow();
    assertThat(after.get("title")).isNull();
    assertThat(after.get("score")).isEqualTo(10L);
    assertThat(access.hiddenFields(dai1, "sales_lead"))
        .containsExactly("description", "description_size");
  }

  @Test
  void aFormulaOverAHiddenFieldIsHiddenAndCannotBeFilteredOn() {
    Record r = lead(dai1, "式の権限" + System.nanoTime(), "referral");
    records.update(SYSTEM, "sales_lead", r.id(), r.version(), Map.of("description", "社外秘の事情"));
    assertThat(records.get(SYSTEM, "sales_lead", r.id()).orElseThrow().get("description_size"))
        .isEqualTo(6L);
    assertThat(records.get(dai1, "sales_lead", r.id()).orElseThrow().values())
        .doesNotContainKeys("description", "description_size");
    // Guessing the hidden text's length one filter at a time is refused like the field itself.
    assertThatThrownBy(
            () -> queries.countCapped(dai1, "sales_lead", Filter.eq("description_size", 6)))
        .isInstanceOfSatisfying(
            QueryException.class,
            e -> assertThat(e.errors()).extracting(x -> x.code()).contains("query.unknownField"));
    // A formula over a hidden field of a standard entity: expected revenue reads the probability.
    assertThat(access.hiddenFields(dai1, "opportunity"))
        .containsExactlyInAnyOrder("probability", "expected_revenue");
    assertThat(access.hiddenFields(SYSTEM, "opportunity")).isEmpty();
  }

  @Test
  void theMetadataACallerReadsHoldsOnlyWhatTheyMaySee() {
    MetadataPackage seen = access.visiblePackage(dai1);
    assertThat(seen.entity("support_case")).as("an entity reps may not read").isEmpty();
    assertThat(seen.entity("sales_lead").orElseThrow().fields())
        .extracting(FieldDef::name)
        .contains("name", "score")
        .doesNotContain("description", "description_size");
    assertThat(seen.entity("sales_lead").orElseThrow().layouts().formSections())
        .flatExtracting(io.tsumugi.metadata.model.LayoutSection::fields)
        .contains("name")
        .doesNotContain("description");
    assertThat(seen.entity("account").orElseThrow().fields())
        .extracting(FieldDef::name)
        .contains("opportunity_count")
        .doesNotContain("case_count");
    assertThat(seen.security().isEmpty()).isTrue();
    MetadataPackage all = access.visiblePackage(new CallerContext(null, "root", Set.of("admin")));
    assertThat(all.entity("support_case")).isPresent();
    assertThat(all.security().permissionSets()).hasSize(2);
  }

  @Test
  void rollupsSummarizeOnlyTheChildrenTheReaderMayRead() {
    Record account =
        records.create(SYSTEM, "account", Map.of("name", "ロールアップ商事" + System.nanoTime()));
    deal(tokyo, account, 100_000);
    deal(osaka, account, 30_000);
    records.create(
        SYSTEM,
        "support_case",
        Map.of("subject", "納期の問い合わせ", "status", "new", "account", account.id()));

    Record all = records.get(SYSTEM, "account", account.id()).orElseThrow();
    assertThat(all.get("opportunity_count")).isEqualTo(2L);
    assertThat(all.get("case_count")).isEqualTo(1L);
    Record seenByOsaka = records.get(osaka, "account", account.id()).orElseThrow();
    assertThat(seenByOsaka.get("opportunity_count")).isEqualTo(1L);
    assertThat((java.math.BigDecimal) seenByOsaka.get("pipeline")).isEqualByComparingTo("30000");
    // Cases are not readable by reps: their count would tell that cases exist.
    assertThat(seenByOsaka.values()).doesNotContainKey("case_count");
    assertThat(records.get(tokyo, "account", account.id()).orElseThrow().get("opportunity_count"))
        .isEqualTo(1L);
    assertThat(records.get(honsha, "account", account.id()).orElseThrow().get("opportunity_count"))
        .isEqualTo(2L);
    // The same on lists, search and the record an update returns.
    Record listed =
        queries
            .query(
                osaka,
                "account",
                RecordQuery.firstPage(5).where(Filter.eq("name", account.get("name"))))
            .records()
            .get(0);
    assertThat(listed.get("opportunity_count")).isEqualTo(1L);
    Record updated =
        records.update(
            osaka, "account", account.id(), seenByOsaka.version(), Map.of("phone", "06-1234-5678"));
    assertThat(updated.get("opportunity_count")).isEqualTo(1L);
    assertThat(updated.values()).doesNotContainKey("case_count");
  }

  private static void deal(CallerContext owner, Record account, long amount) {
    records.create(
        owner,
        "opportunity",
        Map.of(
            "name",
            "集計の商談",
            "account",
            account.id(),
            "stage",
            "proposal",
            "close_date",
            "2026-12-24",
            "amount",
            amount));
  }

  @Test
  void entityPermissionsRefuseCreateAndExportButKeepReading() {
    assertThatThrownBy(() -> records.create(dai1, "campaign", Map.of("name", "春の展示会")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> access.requireExport(dai1, "campaign"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("export");
    access.requireExport(dai1, "sales_lead");
    assertThat(queries.countCapped(dai1, "campaign", null)).isGreaterThanOrEqualTo(0);
    CallerContext nobody = new CallerContext(dai1.userId(), "dai1", Set.of());
    assertThatThrownBy(() -> queries.countCapped(nobody, "sales_lead", null))
        .isInstanceOf(AccessDeniedException.class);
  }
}
