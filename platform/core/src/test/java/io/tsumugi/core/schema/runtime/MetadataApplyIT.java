package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Applies metadata to a real database (H2, or PostgreSQL with -Ddb=postgresql). */
class MetadataApplyIT {

  private DataSource ds;
  private ActiveMetadata active;
  private MetadataApplier applier;

  @BeforeEach
  void freshDatabase() throws Exception {
    ds = TestDatabases.fresh("apply");
    active = new ActiveMetadata();
    applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
  }

  private ApplyResult applyStandard() {
    return applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
  }

  private static MetadataPackage withAccountField(MetadataPackage p, FieldDef f) {
    List<EntityDef> entities = new ArrayList<>();
    for (EntityDef e : p.entities()) {
      if (e.name().equals("account")) {
        List<FieldDef> fields = new ArrayList<>(e.fields());
        fields.add(f);
        e = e.withFields(fields);
      }
      entities.add(e);
    }
    return p.withEntities(entities);
  }

  @Test
  void theStandardPackageBecomesVersionTwoWithOneTablePerEntity() throws Exception {
    ApplyResult r = applyStandard();

    assertThat(r.versionNo()).isEqualTo(2);
    assertThat(active.current().versionNo()).isEqualTo(2);
    for (EntityDef e : StandardPackage.load().entities()) {
      assertThat(TestDatabases.tableExists(ds, "crm_" + e.name())).as(e.name()).isTrue();
    }
    assertThat(TestDatabases.columnExists(ds, "crm_contact", "account")).isTrue();
    assertThat(
            TestDatabases.count(
                ds,
                "SELECT COUNT(*) FROM databasechangelog WHERE filename = 'tsumugi/metadata/v2'"))
        .isGreaterThan(10);
    assertThat(
            TestDatabases.count(
                ds,
                "SELECT COUNT(*) FROM sys_metadata_version WHERE active = TRUE AND version_no = 2"))
        .isEqualTo(1);
  }

  @Test
  void addingAFieldAltersTheTableWithoutTouchingOtherVersions() throws Exception {
    applyStandard();
    FieldDef f = FieldDef.builder("acc_tier", "tier", FieldType.TEXT).filterable(true).build();

    ApplyResult r =
        applier.apply(
            withAccountField(StandardPackage.load(), f), 2, "tester", ApplyOptions.defaults());

    assertThat(r.versionNo()).isEqualTo(3);
    assertThat(TestDatabases.columnExists(ds, "crm_account", "tier")).isTrue();
  }

  @Test
  void aFailureHalfWayLeavesThePreviousVersionAndSchema() throws Exception {
    applyStandard();
    FieldDef f = FieldDef.builder("acc_tier", "tier", FieldType.TEXT).filterable(true).build();

    assertThatThrownBy(
            () ->
                applier.apply(
                    withAccountField(StandardPackage.load(), f),
                    2,
                    "tester",
                    ApplyOptions.defaults().failingAfter(1)))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("version 2 stays active");

    assertThat(active.current().versionNo()).isEqualTo(2);
    assertThat(TestDatabases.columnExists(ds, "crm_account", "tier")).isFalse();
    assertThat(TestDatabases.count(ds, "SELECT COUNT(*) FROM sys_apply_journal")).isZero();
    assertThat(
            TestDatabases.count(
                ds,
                "SELECT COUNT(*) FROM databasechangelog WHERE filename = 'tsumugi/metadata/v3'"))
        .isZero();
  }

  @Test
  void aFailureWhileRecordingTheVersionUndoesTheDdl() throws Exception {
    applyStandard();
    FieldDef f = FieldDef.builder("acc_tier", "tier", FieldType.TEXT).build();

    assertThatThrownBy(
            () ->
                applier.apply(
                    withAccountField(StandardPackage.load(), f),
                    2,
                    "tester",
                    ApplyOptions.defaults().failingBeforeRecording()))
        .isInstanceOf(ApplyException.class);

    assertThat(TestDatabases.columnExists(ds, "crm_account", "tier")).isFalse();
    assertThat(active.current().versionNo()).isEqualTo(2);
  }

  @Test
  void aFailedFirstApplyLeavesNoTables() throws Exception {
    assertThatThrownBy(
            () ->
                applier.apply(
                    StandardPackage.load(), 1, "tester", ApplyOptions.defaults().failingAfter(5)))
        .isInstanceOf(ApplyException.class);

    assertThat(TestDatabases.tableExists(ds, "crm_account")).isFalse();
    assertThat(active.current().versionNo()).isEqualTo(1);
    assertThat(applyStandard().versionNo()).isEqualTo(2);
  }

  @Test
  void ofTwoAppliesOnTheSameBaseOneWinsAndTheOtherGetsAVersionConflict() throws Exception {
    applyStandard();
    MetadataPackage a =
        withAccountField(
            StandardPackage.load(), FieldDef.builder("a1", "tier_a", FieldType.TEXT).build());
    MetadataPackage b =
        withAccountField(
            StandardPackage.load(), FieldDef.builder("b1", "tier_b", FieldType.TEXT).build());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<ApplyResult>> tasks =
        List.of(
            () -> applier.apply(a, 2, "alice", ApplyOptions.defaults()),
            () -> applier.apply(b, 2, "bob", ApplyOptions.defaults()));
    int won = 0;
    int conflicts = 0;
    for (Future<ApplyResult> f : pool.invokeAll(tasks)) {
      try {
        f.get();
        won++;
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(VersionConflictException.class);
        conflicts++;
      }
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(conflicts).isEqualTo(1);
    assertThat(active.current().versionNo()).isEqualTo(3);
    assertThat(
            TestDatabases.columnExists(ds, "crm_account", "tier_a")
                ^ TestDatabases.columnExists(ds, "crm_account", "tier_b"))
        .isTrue();
  }
}
