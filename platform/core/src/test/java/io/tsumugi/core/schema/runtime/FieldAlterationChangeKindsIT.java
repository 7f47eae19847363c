package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.plan.ChangeKind;
import io.tsumugi.metadata.plan.DataCheck;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Change kinds that alter an existing field (type, length, precision, required, unique, default,
 * on-delete, picklist values) applied to a real database with records in it: refused with the count
 * of the records concerned where data does not fit, applied with force where the test says so; the
 * schema read back through JDBC metadata, rows and the record service checked after.
 */
class FieldAlterationChangeKindsIT extends ChangeKindFixture {

  @Override
  String databaseName() {
    return "kinds_fields";
  }

  @Test
  void aConvertibleTypeChangeConvertsEveryValueAndArchivesTheOldColumn() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("item", "qty_text").put("type", "integer");

    apply(p, ChangeKind.CHANGE_FIELD_TYPE);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.column("qty_text").type()).isEqualTo("bigint");
    assertThat(item.column(archivedColumn("qty_text")).type()).isEqualTo("varchar(255)");
    assertThat(item(item1).get("qty_text")).isEqualTo(12L);
    assertThat(item(item2).get("qty_text")).isEqualTo(7L);
    assertThat(cell("crm_item", archivedColumn("qty_text"), item2)).isEqualTo("7");
    assertThat(count("SELECT COUNT(*) FROM sys_archive WHERE field_name = 'qty_text'"))
        .as("the old column is listed for purge")
        .isEqualTo(1);
    Record r = records.create(caller, "item", Map.of("title", "数量", "qty_text", "３０"));
    assertThat(r.get("qty_text")).isEqualTo(30L);
  }

  /**
   * A pooled connection that read the record before a type change reads it after: on PostgreSQL a
   * statement prepared on the server before the change would fail with "cached plan must not change
   * result type" (the driver prepares on the server from the fifth execution).
   */
  @Test
  void aConnectionThatReadRecordsBeforeATypeChangeReadsThemAfter() throws Exception {
    javax.sql.DataSource pooled = io.tsumugi.core.bench.BenchmarkSupport.oneConnection(ds);
    io.tsumugi.core.records.RecordService onOneConnection =
        new io.tsumugi.core.records.RecordService(pooled, active);
    io.tsumugi.core.query.QueryService queries =
        new io.tsumugi.core.query.QueryService(pooled, active);
    for (int i = 0; i < 8; i++) {
      Record before = onOneConnection.get(caller, "item", item2).orElseThrow();
      assertThat(before.get("qty_text")).isEqualTo("7");
      onOneConnection.update(caller, "item", item2, before.version(), Map.of("title", "回" + i));
      assertThat(
              queries
                  .query(caller, "item", io.tsumugi.core.query.RecordQuery.firstPage(10))
                  .records())
          .isNotEmpty();
    }
    ChangeKindPackage p = base.copy();
    p.field("item", "qty_text").put("type", "integer");
    apply(p, ChangeKind.CHANGE_FIELD_TYPE);

    assertThat(onOneConnection.get(caller, "item", item2).orElseThrow().get("qty_text"))
        .isEqualTo(7L);
    assertThat(
            queries
                .query(caller, "item", io.tsumugi.core.query.RecordQuery.firstPage(10))
                .records())
        .extracting(r -> r.get("qty_text"))
        .contains(7L, 12L);
  }

  @Test
  void anIndexedFieldChangingTypeGetsItsIndexBackOnTheConvertedColumn() throws Exception {
    ChangeKindPackage filterable = base.copy();
    filterable.field("item", "qty_text").put("filterable", true);
    apply(filterable, ChangeKind.ADD_INDEX);
    ChangeKindPackage p = filterable.copy();
    p.field("item", "qty_text").put("type", "integer");

    apply(p, ChangeKind.CHANGE_FIELD_TYPE);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.indexes().get(SqlNames.index("item", "id_qty_text")).columns())
        .containsExactly("qty_text", "id");
    assertThat(item.indexes()).doesNotContainKey(SqlNames.prefixIndex("item", "id_qty_text"));
    assertThat(item.indexes().values())
        .noneMatch(i -> i.columns().contains(archivedColumn("qty_text")));
    assertThat(item(item1).get("qty_text")).isEqualTo(12L);
  }

  @Test
  void aStoredFieldBecomingAFormulaArchivesItsColumnAndBackAddsAnEmptyOne() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("item", "memo").put("type", "formula");
    p.field("item", "memo")
        .putObject("options")
        .put("expression", "title + '!'")
        .put("resultType", "text");

    assertThatThrownBy(() -> apply(p))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("needs confirmation");
    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.CHANGE_FIELD_TYPE);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.columns()).doesNotContainKey("memo");
    assertThat(cell("crm_item", archivedColumn("memo"), item1)).isEqualTo("メモ");
    assertThat(item(item1).get("memo")).isEqualTo("一号!");

    ChangeKindPackage back = base.copy();
    apply(back, ChangeKind.CHANGE_FIELD_TYPE);

    assertThat(schema().table("crm_item").column("memo").type()).isEqualTo("varchar(255)");
    assertThat(item(item1).get("memo")).isNull();
    Record r = records.create(caller, "item", Map.of("title", "戻す", "memo", "新しいメモ"));
    assertThat(item(r.id()).get("memo")).isEqualTo("新しいメモ");
  }

  @Test
  void aTypeChangeWithValuesThatDoNotConvertIsRefusedWithTheirCountUnlessForced() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("item", "bad_text").put("type", "integer");
    SchemaSnapshot before = schema();

    PlanPreview preview = applier.preview(p.load());
    assertThat(preview.answers())
        .filteredOn(a -> a.check() instanceof DataCheck.NonConvertibleValues)
        .extracting(DataCheckAnswer::count)
        .containsExactly(1L);
    assertThatThrownBy(() -> apply(p))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("cannot be converted from text to integer: 1")
        .satisfies(e -> assertThat(((ApplyException) e).messageJa()).contains("1 件"));
    assertThat(schema()).isEqualTo(before);

    apply(p, ApplyOptions.defaults().forced(), ChangeKind.CHANGE_FIELD_TYPE);

    assertThat(schema().table("crm_item").column("bad_text").type()).isEqualTo("bigint");
    assertThat(item(item1).get("bad_text")).as("abc did not convert").isNull();
    assertThat(item(item2).get("bad_text")).isEqualTo(5L);
    assertThat(cell("crm_item", archivedColumn("bad_text"), item1)).isEqualTo("abc");
  }

  @Test
  void aLongerMaximumWidensTheColumnAndAShorterOneIsRefusedWithTheCountUnlessForced()
      throws Exception {
    ChangeKindPackage longer = base.copy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) longer.field("item", "note").path("options"))
        .put("maxLength", 200);

    apply(longer, ChangeKind.CHANGE_FIELD_LENGTH);

    assertThat(schema().table("crm_item").column("note").type()).isEqualTo("varchar(200)");
    records.update(caller, "item", item1, item(item1).version(), Map.of("note", "あ".repeat(150)));

    ChangeKindPackage shorter = longer.copy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) shorter.field("item", "note").path("options"))
        .put("maxLength", 50);
    assertThatThrownBy(() -> apply(shorter))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("longer than 50 characters: 2");

    apply(shorter, ApplyOptions.defaults().forced(), ChangeKind.CHANGE_FIELD_LENGTH);

    assertThat(schema().table("crm_item").column("note").type()).isEqualTo("varchar(50)");
    assertThat(item(item1).get("note")).isEqualTo("あ".repeat(50));
    assertThat(item(item2).get("note")).isEqualTo("長".repeat(50));
  }

  @Test
  void aWiderPrecisionKeepsTheValuesAndANarrowerOneCountsThoseThatDoNotFit() throws Exception {
    ChangeKindPackage wider = base.copy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) wider.field("item", "amount").path("options"))
        .put("precision", 14)
        .put("scale", 4);

    apply(wider, ChangeKind.CHANGE_FIELD_PRECISION);

    assertThat(schema().table("crm_item").column("amount").type()).isEqualTo("numeric(14,4)");
    assertThat((BigDecimal) item(item1).get("amount")).isEqualByComparingTo("1234.56");

    ChangeKindPackage narrower = wider.copy();
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            narrower.field("item", "amount").path("options"))
        .put("precision", 4)
        .put("scale", 1);
    assertThatThrownBy(() -> apply(narrower))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("does not fit precision 4 and scale 1: 1");

    apply(narrower, ApplyOptions.defaults().forced(), ChangeKind.CHANGE_FIELD_PRECISION);

    assertThat(schema().table("crm_item").column("amount").type()).isEqualTo("numeric(4,1)");
    assertThat(item(item1).get("amount")).as("1234.56 does not fit 3 integer digits").isNull();
    assertThat((BigDecimal) item(item2).get("amount")).isEqualByComparingTo("10");
  }

  @Test
  void makingAFieldRequiredLeavesTheColumnNullableAndTheServiceEnforcesIt() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("item", "memo").put("required", true);
    SchemaSnapshot before = schema();

    assertThatThrownBy(() -> apply(p))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("where memo is empty: 1");
    apply(p, ApplyOptions.defaults().forced(), ChangeKind.CHANGE_FIELD_REQUIRED);

    assertThat(schema()).as("required is not a NOT NULL column").isEqualTo(before);
    assertThatThrownBy(() -> records.create(caller, "item", Map.of("title", "メモなし")))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::code).contains("value.required"));
  }

  @Test
  void makingAFieldUniqueIsRefusedWhileDuplicatesExistThenAddsTheConstraint() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("company", "code").put("unique", true);

    assertThatThrownBy(() -> apply(p, ApplyOptions.defaults().forced()))
        .as("duplicates are refused even when forced")
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("value is not unique: 2");
    records.update(
        caller,
        "company",
        company2,
        records.get(caller, "company", company2).orElseThrow().version(),
        Map.of("code", "K-2"));

    apply(p, ChangeKind.CHANGE_FIELD_UNIQUE);

    assertThat(schema().table("crm_company").uniqueOn("code")).isTrue();
    assertThatThrownBy(
            () -> records.create(caller, "company", Map.of("name", "重複社", "code", "K-1")))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("code"));

    ChangeKindPackage back = p.copy();
    back.field("company", "code").put("unique", false);
    apply(back, ChangeKind.CHANGE_FIELD_UNIQUE);
    assertThat(schema().table("crm_company").uniqueOn("code")).isFalse();
  }

  @Test
  void aNewDefaultIsTheColumnDefaultAndFillsNewRecordsOnly() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("company", "tier").put("default", 5);

    apply(p, ChangeKind.CHANGE_FIELD_DEFAULT);

    assertThat(schema().table("crm_company").column("tier").defaultValue()).isEqualTo("5");
    assertThat(records.get(caller, "company", company1).orElseThrow().get("tier")).isNull();
    assertThat(records.create(caller, "company", Map.of("name", "新社")).get("tier")).isEqualTo(5L);

    ChangeKindPackage none = p.copy();
    none.field("company", "tier").remove("default");
    apply(none, ChangeKind.CHANGE_FIELD_DEFAULT);
    assertThat(schema().table("crm_company").column("tier").defaultValue()).isNull();
  }

  @Test
  void aNewOnDeleteRuleReplacesTheForeignKeyAndDeletingTheTargetFollowsIt() throws Exception {
    ChangeKindPackage p = base.copy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) p.field("item", "company").path("options"))
        .put("onDelete", "set_null");

    apply(p, ChangeKind.CHANGE_FIELD_ON_DELETE);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.fks().get(SqlNames.foreignKey("item", "id_company")))
        .isEqualTo(new SchemaSnapshot.ForeignKey("company", "crm_company", "set_null"));
    deletion.delete(
        caller,
        "company",
        company1,
        records.get(caller, "company", company1).orElseThrow().version());
    assertThat(item(item1).get("company")).isNull();
    assertThat(item(item2).get("company")).isEqualTo(company2);
  }

  @Test
  void picklistValueChangesTouchNoColumnAndARemovedValueInUseIsCounted() throws Exception {
    ChangeKindPackage p = base.copy();
    ArrayNode values = (ArrayNode) p.field("item", "status").path("options").path("values");
    values.remove(0); // "a", used by item 1
    ((com.fasterxml.jackson.databind.node.ObjectNode) values.get(0)).put("active", false); // "b"
    ((com.fasterxml.jackson.databind.node.ObjectNode) values.get(1).path("label")).put("ja", "シー");
    values.addObject().put("value", "d").putObject("label").put("ja", "ディー").put("en", "d");
    SchemaSnapshot before = schema();

    assertThatThrownBy(() -> apply(p))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("where status is \"a\": 1");
    apply(
        p,
        ApplyOptions.defaults().forced(),
        ChangeKind.PICKLIST_VALUE_REMOVED,
        ChangeKind.PICKLIST_VALUE_DEACTIVATED,
        ChangeKind.PICKLIST_VALUE_RELABELLED,
        ChangeKind.PICKLIST_VALUE_ADDED);

    assertThat(schema()).isEqualTo(before);
    assertThat(item(item1).get("status")).as("kept as stored").isEqualTo("a");
    assertThat(records.create(caller, "item", Map.of("title", "新値", "status", "d")).get("status"))
        .isEqualTo("d");
  }
}
