package io.tsumugi.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting records of the standard package on a real database. */
class RecordDeletionIT {

  private RecordService records;
  private RecordDeletion deletion;
  private final CallerContext caller = CallerContext.system();

  @BeforeEach
  void standardPackage() throws Exception {
    DataSource ds = TestDatabases.fresh("deletion");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
    deletion = new RecordDeletion(ds, active);
  }

  @Test
  void deletedRecordIsGone() {
    Record account = records.create(caller, "account", Map.of("name", "削除テスト株式会社"));

    deletion.delete(caller, "account", account.id(), account.version());

    assertThat(records.get(caller, "account", account.id())).isEmpty();
  }

  @Test
  void accountWithDealsIsRefusedWithACountAndKept() {
    Record account = records.create(caller, "account", Map.of("name", "取引中株式会社"));
    records.create(
        caller,
        "opportunity",
        Map.of(
            "name",
            "大型案件",
            "account",
            account.id(),
            "stage",
            "proposal",
            "close_date",
            "2026-12-25"));

    assertThatThrownBy(() -> deletion.delete(caller, "account", account.id(), account.version()))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e -> {
              FieldError error = e.errors().get(0);
              assertThat(error.code()).isEqualTo("record.referenced");
              assertThat(error.messageJa()).contains("商談（1 件）");
              assertThat(error.messageEn()).contains("1 Opportunities");
            });
    assertThat(records.get(caller, "account", account.id())).isPresent();
  }

  @Test
  void staleVersionIsAnEditConflictAndNothingIsDeleted() {
    Record account = records.create(caller, "account", Map.of("name", "版ずれ株式会社"));
    records.update(caller, "account", account.id(), account.version(), Map.of("name", "改名株式会社"));

    assertThatThrownBy(() -> deletion.delete(caller, "account", account.id(), account.version()))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(records.get(caller, "account", account.id())).isPresent();
  }
}
