package io.tsumugi.metadata.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StandardPackageTest {

  @Test
  void bundledStandardPackageValidatesWithoutProblems() {
    LoadResult r = StandardPackage.loadWithReport();
    assertThat(r.report().problems()).as(r.report().toString()).isEmpty();
  }

  @Test
  void sourceDirectoryValidatesAndEqualsTheBundledCopy() {
    LoadResult r = new MetadataLoader().loadDirectory(Path.of("packages/standard"));
    assertThat(r.report().problems()).as(r.report().toString()).isEmpty();
    assertThat(r.pkg()).isEqualTo(StandardPackage.load());
  }

  @Test
  void holdsTheElevenStandardEntitiesUnderTheStdNamespace() {
    MetadataPackage p = StandardPackage.load();
    assertThat(p.namespace()).isEqualTo("std");
    assertThat(p.entities())
        .extracting(EntityDef::name)
        .containsExactly(
            "account",
            "contact",
            "sales_lead",
            "opportunity",
            "activity",
            "task",
            "product",
            "quote",
            "quote_line_item",
            "support_case",
            "campaign");
    assertThat(p.picklist("prefecture").orElseThrow().values()).hasSize(47);
  }

  @Test
  void opportunityStageIsThePipelineWithColouredJapaneseStages() {
    EntityDef opp = StandardPackage.load().entity("opportunity").orElseThrow();
    assertThat(opp.pipelineField()).isEqualTo("stage");
    var stage = opp.field("stage").orElseThrow();
    assertThat(stage.options().values())
        .extracting(v -> v.label().ja())
        .containsExactly("リード獲得", "見込み評価", "初回接触", "提案", "交渉", "成約", "失注");
    assertThat(stage.options().values()).allSatisfy(v -> assertThat(v.color()).isNotNull());
  }

  @Test
  void quoteTotalIsARollupSumOverLineItemsWhichAreMasterDetail() {
    MetadataPackage p = StandardPackage.load();
    var total = p.entity("quote").orElseThrow().field("total").orElseThrow();
    assertThat(total.type()).isEqualTo(FieldType.ROLLUP);
    assertThat(total.options().childEntity()).isEqualTo("quote_line_item");
    var link = p.entity("quote_line_item").orElseThrow().field("quote").orElseThrow();
    assertThat(link.options().effectiveOnDelete().jsonName()).isEqualTo("cascade");
  }
}
