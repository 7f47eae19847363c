package io.tsumugi.metadata.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.load.MetadataLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Related lists of a detail page: the layout's, then those contributed by lookups. */
class RelatedListsTest {

  private static final String PACKAGE =
      """
      {
        "$schema": "https://tsumugi.io/schema/metadata/package/1.0",
        "schemaVersion": "1.0", "namespace": "std", "version": "1.0.0",
        "entities": [
          { "id": "customer", "name": "customer", "label": { "ja": "顧客", "en": "Customer" },
            "pluralLabel": { "ja": "顧客", "en": "Customers" }, "nameField": "title",
            "fields": [ { "id": "c0", "name": "title", "label": { "ja": "件名", "en": "Title" }, "type": "text" } ],
            "layouts": { "detail": { "sections": [ { "label": { "ja": "顧客", "en": "Customer" }, "fields": ["title"] } ],
              "relatedLists": [ { "entity": "visit", "field": "customer", "columns": ["title"] } ] } } },
          { "id": "visit", "name": "visit", "label": { "ja": "訪問", "en": "Visit" },
            "pluralLabel": { "ja": "訪問", "en": "Visits" }, "nameField": "title",
            "fields": [
              { "id": "v0", "name": "title", "label": { "ja": "件名", "en": "Title" }, "type": "text" },
              { "id": "v1", "name": "customer", "label": { "ja": "顧客", "en": "Customer" }, "type": "lookup",
                "options": { "target": "customer", "relatedListColumns": ["title", "visited_on"] } },
              { "id": "v2", "name": "visited_on", "label": { "ja": "訪問日", "en": "Visited on" }, "type": "date" } ] },
          { "id": "claim", "name": "claim", "label": { "ja": "請求", "en": "Claim" },
            "pluralLabel": { "ja": "請求", "en": "Claims" }, "nameField": "title",
            "fields": [
              { "id": "k0", "name": "title", "label": { "ja": "件名", "en": "Title" }, "type": "text" },
              { "id": "k1", "name": "customer", "label": { "ja": "顧客", "en": "Customer" }, "type": "lookup",
                "options": { "target": "customer",
                  "relatedListLabel": { "ja": "請求一覧", "en": "All claims" },
                  "relatedListColumns": ["title"] } },
              { "id": "k2", "name": "payer", "label": { "ja": "支払者", "en": "Payer" }, "type": "lookup",
                "options": { "target": "customer" } } ] }
        ]
      }
      """;

  @Test
  void layoutListsComeFirstThenLookupsContributingOneWithoutRepeatingTheLayouts() {
    MetadataPackage pkg = new MetadataLoader().loadJson(PACKAGE).orThrow();

    List<RelatedList> lists = RelatedLists.of(pkg, pkg.entity("customer").orElseThrow());

    assertThat(lists)
        .extracting(RelatedList::entity, RelatedList::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("visit", "customer"),
            org.assertj.core.groups.Tuple.tuple("claim", "customer"));
    assertThat(lists.get(0).columns()).containsExactly("title"); // the layout's own wins
    assertThat(lists.get(1).columns()).containsExactly("title");
    assertThat(lists.get(1).label().ja()).isEqualTo("請求一覧");
  }

  @Test
  void columnsAndLabelSurviveWritingAndReadingThePackage() {
    MetadataPackage pkg = new MetadataLoader().loadJson(PACKAGE).orThrow();
    String written = io.tsumugi.metadata.json.PackageWriter.toJsonString(pkg);

    MetadataPackage again = new MetadataLoader().loadJson(written).orThrow();

    assertThat(again).isEqualTo(pkg);
    assertThat(again.entity("visit").orElseThrow().field("customer").orElseThrow().options())
        .extracting(FieldOptions::relatedListColumns)
        .isEqualTo(List.of("title", "visited_on"));
  }
}
