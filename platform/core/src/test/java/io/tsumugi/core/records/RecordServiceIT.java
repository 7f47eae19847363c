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

/** The record service on the standard package, on a real database. */
class RecordServiceIT {

  private RecordService records;
  private final CallerContext caller = CallerContext.system();

  @BeforeEach
  void standardPackage() throws Exception {
    DataSource ds = TestDatabases.fresh("records");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
  }

  @Test
  void phonePostalAndFullWidthDigitsAreNormalisedBeforeSaving() {
    Record r =
        records.create(
            caller,
            "account",
            Map.of("name", "  株式会社テスト  ", "phone", "０３１２３４５６７８", "postal_code", "1234567"));

    assertThat(r.get("name")).isEqualTo("株式会社テスト");
    assertThat(r.get("phone")).isEqualTo("03-1234-5678");
    assertThat(r.get("postal_code")).isEqualTo("123-4567");
    assertThat(r.version()).isEqualTo(1);
  }

  @Test
  void everyErrorComesBackTogetherAndNothingIsWritten() {
    assertThatThrownBy(
            () ->
                records.create(
                    caller, "account", Map.of("phone", "12", "postal_code", "12", "nope", "x")))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::code)
                    .contains(
                        "field.unknown", "phone.invalid", "postal.invalid", "value.required"));
  }

  @Test
  void aStaleVersionIsAConcurrentEdit() {
    Record r = records.create(caller, "account", Map.of("name", "A社"));
    records.update(caller, "account", r.id(), r.version(), Map.of("name", "B社"));

    assertThatThrownBy(
            () -> records.update(caller, "account", r.id(), r.version(), Map.of("name", "C社")))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(records.get(caller, "account", r.id()).orElseThrow().get("name")).isEqualTo("B社");
  }
}
