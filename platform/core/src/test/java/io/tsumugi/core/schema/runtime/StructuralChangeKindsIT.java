package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.plan.ChangeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Change kinds that add, drop, rename and index (DROP_INDEX, DELETE_FIELD, DELETE_ENTITY,
 * RENAME_ENTITY, RENAME_FIELD, ADD_ENTITY, ADD_FIELD of every type, ADD_INDEX) and the
 * metadata-only kinds, each applied to a real database with records in it; the schema is read back
 * through JDBC metadata, the rows are read back, and the record service is used on the new shape at
 * once.
 */
class StructuralChangeKindsIT extends ChangeKindFixture {

  @Override
  String databaseName() {
    return "kinds_structure";
  }

  @Test
  void deletingAFieldArchivesItsColumnWithTheValuesAndListsIt() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "legacy");

    assertThatThrownBy(() -> apply(p))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("needs confirmation");
    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.DELETE_FIELD);

    SchemaSnapshot.Table item = schema().table("crm_item");
    String archived = archivedColumn("legacy");
    assertThat(item.columns()).doesNotContainKey("legacy").containsKey(archived);
    assertThat(item.column(archived).type()).isEqualTo("varchar(255)");
    assertThat(cell("crm_item", archived, item1)).isEqualTo("残す値");
    assertThat(count("SELECT COUNT(*) FROM sys_archive WHERE column_name = '" + archived + "'"))
        .isEqualTo(1);
    Record created = records.create(caller, "item", Map.of("title", "削除後"));
    assertThat(created.values()).doesNotContainKey("legacy");
  }

  @Test
  void deletingALookupFieldKeepsItsValuesButNoLongerBlocksDeletingTheTarget() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "company");

    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.DELETE_FIELD);

    SchemaSnapshot.Table item = schema().table("crm_item");
    String archived = archivedColumn("company");
    assertThat(((Number) cell("crm_item", archived, item1)).longValue()).isEqualTo(company1);
    assertThat(item.fks().values()).extracting(SchemaSnapshot.ForeignKey::column).isEmpty();
    Record c1 = records.get(caller, "company", company1).orElseThrow();
    deletion.delete(caller, "company", company1, c1.version());
    assertThat(records.get(caller, "company", company1)).isEmpty();
  }

  @Test
  void deletingAnEntityArchivesItsTableWithEveryRow() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeEntity("scrap");

    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.DELETE_ENTITY);

    String archived = SqlNames.archivedTable("scrap", active.current().versionNo());
    SchemaSnapshot s = schema();
    assertThat(s.has("crm_scrap")).isFalse();
    assertThat(s.table(archived).columns()).containsKey("name");
    assertThat(count("SELECT COUNT(*) FROM " + archived)).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM sys_archive WHERE table_name = '" + archived + "'"))
        .isEqualTo(1);
    assertThatThrownBy(() -> records.create(caller, "scrap", Map.of("name", "x")))
        .isInstanceOf(UnknownEntityException.class);
  }

  @Test
  void aDeletedEntityComesBackWithItsIdBesideItsArchiveAndCountsOn() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeEntity("scrap");
    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.DELETE_ENTITY);
    String archived = SqlNames.archivedTable("scrap", active.current().versionNo());

    apply(base.copy(), ChangeKind.ADD_ENTITY);

    SchemaSnapshot s = schema();
    SchemaSnapshot.Table scrap = s.table("crm_scrap");
    assertThat(scrap.indexes()).containsKey(SqlNames.index("scrap", "id_name"));
    assertThat(scrap.uniqueOn("serial")).isTrue();
    assertThat(s.table(archived).indexes().values()).noneMatch(SchemaSnapshot.Index::unique);
    assertThat(count("SELECT COUNT(*) FROM " + archived)).isEqualTo(2);
    Record r = records.create(caller, "scrap", Map.of("name", "戻った", "serial", "A1"));
    assertThat(r.get("number")).as("the sequence counts on").isEqualTo("S-0003");
  }

  @Test
  void aDeletedFieldComesBackWithItsIdAndIndexBesideItsArchivedColumn() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "sku");
    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.DELETE_FIELD);
    String archived = archivedColumn("sku");

    apply(base.copy(), ChangeKind.ADD_FIELD, ChangeKind.ADD_INDEX);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.indexes().get(SqlNames.index("item", "id_sku")).columns())
        .containsExactly("sku", "id");
    assertThat(cell("crm_item", archived, item1)).isEqualTo("SKU-1");
    assertThat(item(item1).get("sku")).as("the new column starts empty").isNull();
  }

  @Test
  void aFailureAfterArchivingLeavesKeysIndexesAndForeignKeysAsTheyWere() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeEntity("item");
    p.removeEntity("scrap");
    p.removeField("company", "code");
    SchemaSnapshot before = schema();

    assertThatThrownBy(
            () ->
                apply(
                    p,
                    ApplyOptions.defaults().confirmingDestructive().failingAfter(2),
                    ChangeKind.DELETE_ENTITY))
        .isInstanceOf(ApplyException.class)
        .hasMessageContaining("stays active");

    assertThat(schema()).isEqualTo(before);
    assertThat(item(item1).get("company")).isEqualTo(company1);
  }

  @Test
  void anArchivedTableNoLongerHoldsItsLookupTargets() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeEntity("item");

    apply(p, ApplyOptions.defaults().confirmingDestructive(), ChangeKind.DELETE_ENTITY);

    String archived = SqlNames.archivedTable("item", active.current().versionNo());
    assertThat(schema().table(archived).fks()).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM " + archived + " WHERE company = " + company1))
        .isEqualTo(1);
    deletion.delete(
        caller,
        "company",
        company1,
        records.get(caller, "company", company1).orElseThrow().version());
    assertThat(records.get(caller, "company", company1)).isEmpty();
  }

  @Test
  void renamingAnEntityRenamesItsTableWithRowsAndConstraints() throws Exception {
    ChangeKindPackage p = base.copy();
    p.entityNode("thing").put("name", "gadget");
    SchemaSnapshot.Table before = schema().table("crm_thing");

    apply(p, ChangeKind.RENAME_ENTITY);

    SchemaSnapshot s = schema();
    assertThat(s.has("crm_thing")).isFalse();
    assertThat(s.table("crm_gadget")).isEqualTo(before);
    assertThat(count("SELECT COUNT(*) FROM crm_gadget WHERE name = '物'")).isEqualTo(1);
    assertThat(records.create(caller, "gadget", Map.of("name", "新しい物")).get("name"))
        .isEqualTo("新しい物");
  }

  @Test
  void renamingAFieldRenamesItsColumnAndKeepsValuesAndIndexes() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("item", "old_name").put("name", "new_name");
    p.field("item", "sku").put("name", "item_code");
    SchemaSnapshot.Table before = schema().table("crm_item");

    apply(p, ChangeKind.RENAME_FIELD);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.columns()).doesNotContainKeys("old_name", "sku");
    assertThat(item.column("new_name")).isEqualTo(before.column("old_name"));
    String ix = SqlNames.index("item", "id_sku");
    assertThat(item.indexes().get(ix).columns()).containsExactly("item_code", "id");
    assertThat(item(item1).get("new_name")).isEqualTo("旧名の値");
    Record r = records.create(caller, "item", Map.of("title", "改名後", "new_name", "新"));
    assertThat(item(r.id()).get("new_name")).isEqualTo("新");
  }

  @Test
  void addingAnEntityCreatesItsTableAndItsLookupAsAnIndexedForeignKey() throws Exception {
    ChangeKindPackage p = base.copy();
    ArrayNode entities = p.root.withArray("entities");
    ObjectNode e = entities.addObject();
    e.put("$schema", "https://tsumugi.io/schema/metadata/entity/1.0").put("schemaVersion", "1.0");
    e.put("id", "visit").put("name", "visit").put("nameField", "subject");
    e.putObject("label").put("ja", "訪問").put("en", "Visit");
    e.putObject("pluralLabel").put("ja", "訪問").put("en", "Visits");
    ArrayNode fields = e.putArray("fields");
    ChangeKindPackage.field(fields, "subject", "text").put("required", true);
    ChangeKindPackage.field(fields, "visited_on", "date");
    ChangeKindPackage.field(fields, "company", "lookup")
        .putObject("options")
        .put("target", "company")
        .put("onDelete", "cascade");
    ((ObjectNode) fields.get(2)).put("required", true);

    apply(p, ChangeKind.ADD_ENTITY, ChangeKind.ADD_FIELD);

    SchemaSnapshot.Table visit = schema().table("crm_visit");
    assertThat(visit.columns())
        .containsKeys(
            "id", "owner_id", "created_at", "created_by", "updated_at", "updated_by", "version");
    assertThat(visit.column("subject").type()).isEqualTo("varchar(255)");
    assertThat(visit.column("subject").nullable()).isTrue();
    assertThat(visit.column("visited_on").type()).isEqualTo("date");
    assertThat(visit.column("company").type()).isEqualTo("bigint");
    assertThat(visit.column("version").nullable()).isFalse();
    assertThat(visit.fks().get(SqlNames.foreignKey("visit", "id_company")))
        .isEqualTo(new SchemaSnapshot.ForeignKey("company", "crm_company", "cascade"));
    assertThat(visit.indexes().get(SqlNames.index("visit", "id_company")).columns())
        .containsExactly("company", "id");
    Record v =
        records.create(
            caller,
            "visit",
            Map.of("subject", "初回訪問", "visited_on", LocalDate.of(2026, 4, 1), "company", company1));
    assertThat(records.get(caller, "visit", v.id()).orElseThrow().get("company"))
        .isEqualTo(company1);
  }

  @Test
  void addingAFieldOfEachTypeAddsTypedNullableColumnsAndOldRowsKeepTheirValues() throws Exception {
    ChangeKindPackage p = base.copy();
    ArrayNode f = p.fields("item");
    ChangeKindPackage.field(f, "n_text", "text").put("unique", true);
    ChangeKindPackage.field(f, "n_longtext", "longtext");
    ChangeKindPackage.field(f, "n_integer", "integer").put("default", 3);
    ChangeKindPackage.field(f, "n_decimal", "decimal")
        .putObject("options")
        .put("precision", 12)
        .put("scale", 3);
    ChangeKindPackage.field(f, "n_currency", "currency");
    ChangeKindPackage.field(f, "n_percent", "percent");
    ChangeKindPackage.field(f, "n_boolean", "boolean").put("default", false);
    ChangeKindPackage.field(f, "n_date", "date").put("default", "today");
    ChangeKindPackage.field(f, "n_datetime", "datetime");
    ChangeKindPackage.field(f, "n_email", "email").put("filterable", true);
    ChangeKindPackage.field(f, "n_phone", "phone");
    ChangeKindPackage.field(f, "n_url", "url");
    ChangeKindPackage.field(f, "n_postal", "postal_code");
    ArrayNode values =
        ChangeKindPackage.field(f, "n_multi", "multipicklist")
            .putObject("options")
            .putArray("values");
    values.addObject().put("value", "x").putObject("label").put("ja", "エックス").put("en", "x");
    values.addObject().put("value", "y").putObject("label").put("ja", "ワイ").put("en", "y");
    ChangeKindPackage.field(f, "n_number", "autonumber")
        .putObject("options")
        .put("prefix", "I-")
        .put("width", 4);
    ChangeKindPackage.field(f, "n_owner_company", "lookup")
        .putObject("options")
        .put("target", "company")
        .put("onDelete", "set_null");
    ChangeKindPackage.field(f, "n_formula", "formula")
        .putObject("options")
        .put("expression", "n_integer * 2")
        .put("resultType", "integer");

    apply(p, ChangeKind.ADD_FIELD, ChangeKind.ADD_INDEX);

    SchemaSnapshot.Table item = schema().table("crm_item");
    Map<String, String> types = new HashMap<>();
    item.columns().forEach((name, column) -> types.put(name, column.type()));
    assertThat(types)
        .containsEntry("n_text", "varchar(255)")
        .containsEntry("n_longtext", "varchar(32000)")
        .containsEntry("n_integer", "bigint")
        .containsEntry("n_decimal", "numeric(12,3)")
        .containsEntry("n_currency", "numeric(18,0)")
        .containsEntry("n_percent", "numeric(5,2)")
        .containsEntry("n_boolean", "boolean")
        .containsEntry("n_date", "date")
        .containsEntry("n_datetime", "timestamp")
        .containsEntry("n_email", "varchar(320)")
        .containsEntry("n_phone", "varchar(30)")
        .containsEntry("n_postal", "varchar(8)")
        .containsEntry("n_url", "varchar(320)")
        .containsEntry("n_multi", "varchar(4000)")
        .containsEntry("n_number", "varchar(30)")
        .containsEntry("n_owner_company", "bigint")
        .doesNotContainKey("n_formula");
    assertThat(item.columns().entrySet())
        .filteredOn(c -> c.getKey().startsWith("n_"))
        .allMatch(c -> c.getValue().nullable());
    assertThat(item.column("n_text").nullable()).isTrue();
    assertThat(item.column("n_integer").defaultValue()).isEqualTo("3");
    assertThat(item.column("n_boolean").defaultValue()).isEqualTo("false");
    assertThat(item.column("n_date").defaultValue()).as("today is filled per record").isNull();
    assertThat(item.uniqueOn("n_text")).isTrue();
    assertThat(item.indexes().get(SqlNames.index("item", "id_n_email")).columns())
        .containsExactly("n_email", "id");
    assertThat(item.indexes().get(SqlNames.index("item", "id_n_owner_company")).columns())
        .containsExactly("n_owner_company", "id");
    assertThat(item.fks().get(SqlNames.foreignKey("item", "id_n_owner_company")))
        .isEqualTo(new SchemaSnapshot.ForeignKey("n_owner_company", "crm_company", "set_null"));

    Record old = item(item1);
    assertThat(old.get("title")).isEqualTo("一号");
    assertThat(((Number) old.get("n_integer")).longValue()).as("constant default").isEqualTo(3);
    assertThat(old.get("n_text")).isNull();
    Map<String, Object> input = new HashMap<>();
    input.put("title", "全部入り");
    input.put("n_text", "一意");
    input.put("n_longtext", "長い".repeat(100));
    input.put("n_decimal", new BigDecimal("1.234"));
    input.put("n_datetime", Instant.parse("2026-11-23T00:00:00Z"));
    input.put("n_email", "a@example.jp");
    input.put("n_phone", "0312345678");
    input.put("n_multi", List.of("x", "y"));
    input.put("n_owner_company", company2);
    Record r = records.create(caller, "item", input);
    assertThat(r.get("n_number")).asString().matches("I-\\d{4}");
    assertThat(r.get("n_date")).isEqualTo(LocalDate.now());
    assertThat(((Number) r.get("n_formula")).longValue()).isEqualTo(6);
    assertThat(r.get("n_phone")).isEqualTo("03-1234-5678");
  }

  @Test
  void makingAFieldFilterableAddsItsIndexAndTheOppositeDropsIt() throws Exception {
    ChangeKindPackage p = base.copy();
    p.field("item", "tag").put("sortable", true);
    p.field("item", "sku").put("filterable", false);

    apply(p, ChangeKind.ADD_INDEX, ChangeKind.DROP_INDEX);

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.indexes().get(SqlNames.index("item", "id_tag")).columns())
        .containsExactly("tag", "id");
    assertThat(item.indexes()).doesNotContainKey(SqlNames.index("item", "id_sku"));
    assertThat(item.indexes()).doesNotContainKey(SqlNames.prefixIndex("item", "id_sku"));
    if (SqlDialect.POSTGRESQL.name().equalsIgnoreCase(System.getProperty("it.db"))) {
      assertThat(item.indexes()).containsKey(SqlNames.prefixIndex("item", "id_tag"));
    }
    assertThat(item(item1).get("sku")).isEqualTo("SKU-1");
  }

  @Test
  void metadataOnlyChangesLeaveTheSchemaUntouched() throws Exception {
    ChangeKindPackage p = base.copy();
    p.root.put("version", "1.1.0");
    p.root.putObject("label").put("ja", "変更後").put("en", "Changed");
    p.entityNode("item").putObject("label").put("ja", "品目").put("en", "Item");
    p.field("item", "memo").putObject("label").put("ja", "備考").put("en", "Remarks");
    p.field("item", "memo").put("searchable", true).put("trackHistory", true);
    ObjectNode section =
        p.entityNode("item")
            .putObject("layouts")
            .putObject("form")
            .putArray("sections")
            .addObject();
    section.put("columns", 1).putObject("label").put("ja", "概要").put("en", "Summary");
    section.putArray("fields").add("title").add("memo");
    ((ObjectNode) p.entityNode("item").withArray("listViews").get(0))
        .withArray("columns")
        .add("memo");
    ObjectNode rule = p.entityNode("item").putArray("rules").addObject();
    rule.put("name", "title_short").put("expression", "size(title) <= 20").put("field", "title");
    rule.putObject("message").put("ja", "件名は 20 文字以内").put("en", "Title: 20 characters at most");
    ObjectNode set = p.root.withArray("picklists").addObject();
    set.put("$schema", "https://tsumugi.io/schema/metadata/picklist/1.0")
        .put("schemaVersion", "1.0");
    set.put("name", "colour").putObject("label").put("ja", "色").put("en", "Colour");
    set.putArray("values")
        .addObject()
        .put("value", "red")
        .putObject("label")
        .put("ja", "赤")
        .put("en", "Red");
    SchemaSnapshot before = schema();

    ApplyResult r =
        apply(
            p,
            ChangeKind.CHANGE_PACKAGE_METADATA,
            ChangeKind.CHANGE_ENTITY_METADATA,
            ChangeKind.CHANGE_FIELD_METADATA,
            ChangeKind.CHANGE_LAYOUT,
            ChangeKind.CHANGE_LIST_VIEWS,
            ChangeKind.CHANGE_RULES,
            ChangeKind.CHANGE_PICKLIST_SET);

    assertThat(r.plan().changes()).allMatch(c -> !c.isDdl());
    assertThat(schema()).isEqualTo(before);
    assertThat(active.current().versionNo()).isEqualTo(3);
    assertThatThrownBy(
            () -> records.create(caller, "item", Map.of("title", "二十文字を超える長い件名をここに書いておきますよ")))
        .hasMessageContaining("20");
  }
}
