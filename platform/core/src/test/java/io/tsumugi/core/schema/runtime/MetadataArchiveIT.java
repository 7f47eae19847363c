package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.metadata.plan.ChangeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The archive of deleted fields, entities and replaced columns, and its explicit purge, on a real
 * database: what is listed, that a purge drops exactly the archived column or table (with its
 * indexes and constraints) and nothing active, and that it is stamped with who and when.
 */
class MetadataArchiveIT extends ChangeKindFixture {

  private MetadataArchive archive;

  @Override
  String databaseName() {
    return "archive";
  }

  @BeforeEach
  void theArchive() {
    archive = new MetadataArchive(ds);
  }

  private static ApplyOptions confirmed() {
    return ApplyOptions.defaults().confirmingDestructive();
  }

  private ArchivedItem only(String column) {
    return archive.list().stream()
        .filter(i -> column.equals(i.column()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not listed: " + column + " in " + archive.list()));
  }

  @Test
  void deletedFieldsEntitiesAndReplacedColumnsAreListed() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "legacy");
    p.field("item", "qty_text").put("type", "integer");
    p.removeEntity("scrap");
    apply(p, confirmed(), ChangeKind.DELETE_FIELD, ChangeKind.CHANGE_FIELD_TYPE);

    List<ArchivedItem> items = archive.list();

    assertThat(items)
        .extracting(
            ArchivedItem::entity, ArchivedItem::field, ArchivedItem::table, ArchivedItem::column)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("item", "legacy", "crm_item", "zz_legacy_v3"),
            org.assertj.core.groups.Tuple.tuple("item", "qty_text", "crm_item", "zz_qty_text_v3"),
            org.assertj.core.groups.Tuple.tuple("scrap", null, "zz_crm_scrap_v3", null));
    assertThat(items).allMatch(i -> i.versionNo() == 3 && i.archivedAt() != null);
  }

  @Test
  void purgingAColumnDropsItWithItsIndexesAndLeavesEverythingElse() throws Exception {
    ChangeKindPackage unique = base.copy();
    unique.field("item", "tag").put("unique", true);
    apply(unique, ChangeKind.CHANGE_FIELD_UNIQUE);
    ChangeKindPackage p = unique.copy();
    p.removeField("item", "sku");
    p.removeField("item", "tag");
    apply(p, confirmed(), ChangeKind.DELETE_FIELD);
    SchemaSnapshot before = schema();

    ArchivedItem sku = only("zz_sku_v4");
    archive.purge(sku.id(), "admin");
    archive.purge(only("zz_tag_v4").id(), "admin");

    SchemaSnapshot.Table item = schema().table("crm_item");
    assertThat(item.columns()).doesNotContainKeys("zz_sku_v4", "zz_tag_v4");
    assertThat(item.indexes().values())
        .noneMatch(i -> i.columns().contains("zz_sku_v4") || i.columns().contains("zz_tag_v4"));
    assertThat(item.columns().size()).isEqualTo(before.table("crm_item").columns().size() - 2);
    assertThat(schema().table("crm_company")).isEqualTo(before.table("crm_company"));
    assertThat(item(item1).get("title")).isEqualTo("一号");
    assertThat(archive.list()).extracting(ArchivedItem::column).doesNotContain("zz_sku_v4");
    assertThat(
            count(
                "SELECT COUNT(*) FROM sys_archive WHERE id = "
                    + sku.id()
                    + " AND purged_by = 'admin' AND purged_at IS NOT NULL"))
        .isEqualTo(1);
    assertThatThrownBy(() -> archive.purge(sku.id(), "admin"))
        .isInstanceOfSatisfying(
            ArchiveItemNotFoundException.class,
            e -> {
              assertThat(e.code()).isEqualTo("archive.notFound");
              assertThat(e.messageJa()).contains(String.valueOf(sku.id()));
            });
    records.create(caller, "item", Map.of("title", "削除後も書ける"));
  }

  @Test
  void purgingATableDropsItAndTheColumnsArchivedInsideIt() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "legacy");
    apply(p, confirmed(), ChangeKind.DELETE_FIELD);
    ChangeKindPackage gone = p.copy();
    gone.removeEntity("item");
    apply(gone, confirmed(), ChangeKind.DELETE_ENTITY);
    assertThat(only("zz_legacy_v3").table()).as("followed its table").isEqualTo("zz_crm_item_v4");
    ArchivedItem table =
        archive.list().stream().filter(ArchivedItem::isTable).findFirst().orElseThrow();

    archive.purge(table.id(), "admin");

    assertThat(schema().has("zz_crm_item_v4")).isFalse();
    assertThat(schema().has("crm_company")).isTrue();
    assertThat(archive.list()).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM sys_archive WHERE purged_by = 'admin'")).isEqualTo(2);
  }

  @Test
  void aColumnArchivedBeforeItsEntityWasRenamedIsPurgedUnderTheNewTableName() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "legacy");
    apply(p, confirmed(), ChangeKind.DELETE_FIELD);
    ChangeKindPackage renamed = p.copy();
    renamed.entityNode("item").put("name", "article");
    apply(renamed, ChangeKind.RENAME_ENTITY);

    ArchivedItem legacy = only("zz_legacy_v3");
    assertThat(legacy.table()).isEqualTo("crm_article");
    archive.purge(legacy.id(), "admin");

    assertThat(schema().table("crm_article").columns()).doesNotContainKey("zz_legacy_v3");
    assertThat(records.get(caller, "article", item1).orElseThrow().get("title")).isEqualTo("一号");
  }

  @Test
  void purgeAllEmptiesTheArchiveAndLeavesActiveTablesAsTheyWere() throws Exception {
    ChangeKindPackage p = base.copy();
    p.removeField("item", "legacy");
    p.field("item", "bad_text").put("type", "longtext");
    p.removeEntity("scrap");
    apply(p, confirmed(), ChangeKind.DELETE_FIELD, ChangeKind.DELETE_ENTITY);
    SchemaSnapshot before = schema();

    List<ArchivedItem> purged = archive.purgeAll("admin");

    assertThat(purged).hasSize(3);
    assertThat(archive.list()).isEmpty();
    SchemaSnapshot after = schema();
    assertThat(after.tables().keySet()).noneMatch(t -> t.startsWith("zz_"));
    assertThat(after.table("crm_company")).isEqualTo(before.table("crm_company"));
    assertThat(after.table("crm_thing")).isEqualTo(before.table("crm_thing"));
    assertThat(after.table("crm_item").columns().keySet())
        .containsAll(
            before.table("crm_item").columns().keySet().stream()
                .filter(c -> !c.startsWith("zz_"))
                .toList());
    assertThat(item(item1).get("bad_text")).isEqualTo("abc");
  }

  @Test
  void anEntryNamingAnActiveColumnIsRefusedAndTheColumnKept() throws Exception {
    try (var c = ds.getConnection()) {
      new MetadataStore().recordArchive(c, 2, "item", "title", "crm_item", "title");
    }
    ArchivedItem wrong = only("title");

    assertThatThrownBy(() -> archive.purge(wrong.id(), "admin"))
        .isInstanceOfSatisfying(
            ApplyException.class,
            e -> {
              assertThat(e.code()).isEqualTo("archive.inUse");
              assertThat(e.getMessage()).contains("crm_item.title");
              assertThat(e.messageJa()).contains("crm_item.title");
            });
    assertThat(schema().table("crm_item").columns()).containsKey("title");
    assertThat(item(item1).get("title")).isEqualTo("一号");
  }
}
