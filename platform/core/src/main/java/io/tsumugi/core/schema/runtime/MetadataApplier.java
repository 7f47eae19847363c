package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.ChangeKind;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.plan.Safety;
import io.tsumugi.metadata.validate.MetadataValidator;
import io.tsumugi.metadata.validate.ValidationReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Applies a metadata package: plan against the active version, answer the data checks, run the DDL
 * through Liquibase, record the new version, and make it the one served. All or nothing: on
 * PostgreSQL everything happens in one transaction; on H2 (whose DDL commits by itself) an undo
 * journal written before the first statement is played back on failure or at the next start.
 * Applies are serialised by the {@link MigrationLock}; each names the version it was planned on and
 * fails with {@link VersionConflictException} when another apply got there first.
 */
public final class MetadataApplier {

  private static final Logger LOG = Logger.getLogger(MetadataApplier.class.getName());

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final MetadataStore store = new MetadataStore();
  private final ApplyJournal journal = new ApplyJournal();

  /** An applier on this data source, updating {@code active} after each apply. */
  public MetadataApplier(DataSource dataSource, ActiveMetadata active) {
    this.dataSource = dataSource;
    this.active = active;
  }

  /**
   * At start: under the migration lock, undo any apply a dead process left half-done, then load the
   * active version into {@link ActiveMetadata}.
   */
  public void recoverAndLoad() {
    try (Connection c = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquire(c, Duration.ofSeconds(60))) {
      int undone = journal.undoAll(c);
      if (undone > 0) {
        LOG.warning(() -> undone + " unfinished metadata apply(s) undone.");
      }
      ActiveMetadata.Version v = store.active(c);
      active.writeLock().lock();
      try {
        active.set(v);
      } finally {
        active.writeLock().unlock();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot load the active metadata: " + e.getMessage(), e);
    }
  }

  /** Plans {@code proposed} against the active version and counts what each data check finds. */
  public PlanPreview preview(MetadataPackage proposed) {
    try (Connection c = dataSource.getConnection()) {
      ActiveMetadata.Version v = store.active(c);
      Plan plan = Planner.plan(v.pkg(), proposed);
      return new PlanPreview(v.versionNo(), plan, new DataCheckCounter().count(c, plan));
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Applies {@code proposed}, planned on {@code baseVersion}.
   *
   * @throws VersionConflictException when the active version is no longer {@code baseVersion}
   * @throws ApplyException when the metadata is invalid, the plan refused, a data check fails
   *     without {@code force}, or the database fails (then nothing changed)
   */
  public ApplyResult apply(
      MetadataPackage proposed, int baseVersion, String appliedBy, ApplyOptions options) {
    long started = System.nanoTime();
    ValidationReport report = new MetadataValidator().validate(proposed);
    if (!report.isValid()) {
      throw new ApplyException(
          "metadata.invalid",
          "メタデータに誤りがあります: " + report.errors().get(0).messageJa(),
          "The metadata is invalid: " + report.errors().get(0).messageEn());
    }
    try (Connection c = dataSource.getConnection()) {
      SqlDialect dialect = SqlDialect.of(c);
      boolean autoCommit = c.getAutoCommit();
      try (MigrationLock lock = MigrationLock.acquire(c, options.lockWait())) {
        journal.undoAll(c);
        c.setAutoCommit(false);
        ActiveMetadata.Version current = store.active(c);
        if (current.versionNo() != baseVersion) {
          throw new VersionConflictException(baseVersion, current.versionNo());
        }
        Plan plan = Planner.plan(current.pkg(), proposed);
        if (!plan.isApplicable()) {
          throw new ApplyException(
              "plan.refused",
              "計画を適用できません: " + plan.refusals().get(0).messageJa(),
              "The plan cannot be applied: " + plan.refusals().get(0).messageEn());
        }
        List<DataCheckAnswer> answers = new DataCheckCounter().count(c, plan);
        refuseUnsafe(plan, answers, options);
        if (plan.isEmpty()) {
          c.commit();
          return new ApplyResult(current.versionNo(), plan, answers, millis(started));
        }
        int versionNo = store.maxVersion(c) + 1;
        run(c, dialect, versionNo, current, proposed, plan, appliedBy, options);
        c.commit();
        ActiveMetadata.Version next = new ActiveMetadata.Version(versionNo, proposed);
        active.set(next);
        long took = millis(started);
        LOG.info(
            () ->
                "Metadata version "
                    + versionNo
                    + " applied ("
                    + plan.changes().size()
                    + " changes, "
                    + took
                    + " ms)");
        return new ApplyResult(versionNo, plan, answers, took);
      } finally {
        if (active.writeLock().isHeldByCurrentThread()) {
          active.writeLock().unlock();
        }
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void run(
      Connection c,
      SqlDialect dialect,
      int versionNo,
      ActiveMetadata.Version current,
      MetadataPackage proposed,
      Plan plan,
      String appliedBy,
      ApplyOptions options)
      throws SQLException {
    ChangeDdl ddl = new ChangeDdl(dialect, versionNo, options.force());
    List<LiquibaseChangeRunner.ChangeSetSql> sets = new ArrayList<>();
    List<String> undo = new ArrayList<>();
    int index = 0;
    for (Change change : plan.changes()) {
      List<DdlStep> steps = ddl.steps(change);
      if (steps.isEmpty()) {
        continue;
      }
      index++;
      if (index == 2 && !options.pauseAfterChange().isZero()) {
        sets.add(pause(versionNo, dialect, options.pauseAfterChange()));
      }
      if (options.failAfterChange() >= 0 && index == options.failAfterChange() + 1) {
        sets.add(
            new LiquibaseChangeRunner.ChangeSetSql(
                "v" + versionNo + "-injected-failure",
                List.of("SELECT CAST('injected failure' AS INTEGER)")));
      }
      sets.add(
          new LiquibaseChangeRunner.ChangeSetSql(
              changeSetId(versionNo, index, change), steps.stream().map(DdlStep::sql).toList()));
      steps.stream().map(DdlStep::undo).filter(u -> u != null).forEach(undo::add);
    }
    active.writeLock().lock();
    try {
      if (!dialect.transactionalDdl()) {
        journal.write(c, versionNo, undo);
        c.commit();
      }
      new LiquibaseChangeRunner().run(c, dialect, versionNo, sets);
      c.setAutoCommit(false);
      if (options.failBeforeRecording()) {
        throw new SQLException("injected failure before recording the version");
      }
      for (Change change : plan.changes()) {
        recordArchive(c, versionNo, change);
      }
      store.record(
          c,
          versionNo,
          current.versionNo(),
          proposed,
          summary(plan),
          summaryJa(plan),
          plan.toString(),
          appliedBy);
      if (!dialect.transactionalDdl()) {
        journal.clear(c, versionNo);
      }
    } catch (Exception e) {
      rollback(c, dialect);
      throw new ApplyException(
          "apply.failed",
          "メタデータの適用に失敗したため、変更を取り消しました（バージョン " + current.versionNo() + " のままです）: " + rootMessage(e),
          "Applying the metadata failed and was undone (version "
              + current.versionNo()
              + " stays active): "
              + rootMessage(e),
          e);
    }
  }

  private void rollback(Connection c, SqlDialect dialect) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      if (!dialect.transactionalDdl()) {
        c.setAutoCommit(false);
        journal.undoAll(c);
      }
    } catch (SQLException e) {
      LOG.severe("Undoing a failed apply failed too; it will be retried at the next start: " + e);
    }
  }

  private void recordArchive(Connection c, int versionNo, Change change) throws SQLException {
    if (change.kind() == ChangeKind.DELETE_FIELD && change.fieldBefore().isStored()) {
      store.recordArchive(
          c,
          versionNo,
          change.entity(),
          change.field(),
          SqlNames.table(change.entity()),
          SqlNames.archivedColumn(change.field(), versionNo));
    } else if (change.kind() == ChangeKind.CHANGE_FIELD_TYPE && change.fieldBefore().isStored()) {
      // The old column stays, under its archive name, until purged (see TypeChangeSql).
      store.recordArchive(
          c,
          versionNo,
          change.entity(),
          change.field(),
          SqlNames.table(change.entity()),
          SqlNames.archivedColumn(change.field(), versionNo));
    } else if (change.kind() == ChangeKind.RENAME_ENTITY) {
      store.moveArchives(c, SqlNames.table(change.detail()), SqlNames.table(change.entity()));
    } else if (change.kind() == ChangeKind.DELETE_ENTITY) {
      String archived = SqlNames.archivedTable(change.entity(), versionNo);
      store.moveArchives(c, SqlNames.table(change.entity()), archived);
      store.recordArchive(c, versionNo, change.entity(), null, archived, null);
    }
  }

  private static void refuseUnsafe(Plan plan, List<DataCheckAnswer> answers, ApplyOptions o) {
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (DataCheckAnswer a : answers) {
      boolean duplicates = a.check() instanceof io.tsumugi.metadata.plan.DataCheck.DuplicateValues;
      boolean blocking = a.change().safety() == Safety.NEEDS_DATA_CHECK && !o.force();
      if (a.count() > 0 && (duplicates || blocking)) {
        ja.add(a.check().describeJa() + ": " + a.count() + " 件");
        en.add(a.check().describeEn() + ": " + a.count());
      }
    }
    if (!ja.isEmpty()) {
      throw new ApplyException(
          "plan.dataCheckFailed",
          "既存のデータが変更に合いません（" + String.join("、", ja) + "）。",
          "Existing records do not fit the change (" + String.join("; ", en) + ").");
    }
    if (!o.confirmDestructive() && plan.overallSafety() == Safety.DESTRUCTIVE) {
      String what =
          plan.changes().stream()
              .filter(c -> c.safety() == Safety.DESTRUCTIVE)
              .map(Change::summaryEn)
              .collect(Collectors.joining("; "));
      throw new ApplyException(
          "plan.destructiveNotConfirmed",
          "データをアーカイブする変更が含まれています。確認のうえ適用してください: " + what,
          "The plan archives data and needs confirmation: " + what);
    }
  }

  private static LiquibaseChangeRunner.ChangeSetSql pause(
      int versionNo, SqlDialect dialect, Duration pause) {
    // H2 has no sleep function: the test hook binds one to Thread.sleep.
    List<String> sql =
        dialect == SqlDialect.POSTGRESQL
            ? List.of("SELECT pg_sleep(" + pause.toMillis() / 1000.0 + ")")
            : List.of(
                "CREATE ALIAS IF NOT EXISTS tsumugi_test_sleep FOR 'java.lang.Thread.sleep(long)'",
                "CALL tsumugi_test_sleep(" + pause.toMillis() + ")");
    return new LiquibaseChangeRunner.ChangeSetSql("v" + versionNo + "-pause", sql);
  }

  private static String changeSetId(int versionNo, int index, Change change) {
    String target = change.entity() + (change.field() == null ? "" : "." + change.field());
    return "v"
        + versionNo
        + "-"
        + index
        + "-"
        + change.kind().name().toLowerCase(Locale.ROOT)
        + "-"
        + target;
  }

  private static String summary(Plan plan) {
    return plan.changes().stream().map(Change::summaryEn).collect(Collectors.joining("; "));
  }

  private static String summaryJa(Plan plan) {
    return plan.changes().stream().map(Change::summaryJa).collect(Collectors.joining("；"));
  }

  private static long millis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static ApplyException failed(SQLException e) {
    return new ApplyException(
        "database.error",
        "データベースエラーのためメタデータを適用できませんでした: " + e.getMessage(),
        "The metadata could not be applied because of a database error: " + e.getMessage(),
        e);
  }
}
