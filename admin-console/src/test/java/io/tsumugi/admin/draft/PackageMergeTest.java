package io.tsumugi.admin.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.ChangeKind;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An imported package file updates the entities it names and leaves the others alone. */
class PackageMergeTest {

  private final MetadataPackage std = StandardPackage.load();

  @Test
  void anEntityOfTheSameNameButAnotherIdIsUpdatedNotReplaced() {
    EntityDef account = std.entity("account").orElseThrow();
    FieldDef rank =
        FieldDef.builder("other-system-rank", "customer_rank", FieldType.TEXT)
            .label(LocalizedText.of("ランク", "Rank"))
            .build();
    EntityDef fromOtherSystem = DraftEdits.putField(account, rank).withId("other-system-account");
    MetadataPackage file = std.withEntities(List.of(fromOtherSystem));

    MetadataPackage merged = PackageMerge.merge(std, file);

    assertThat(merged.entities()).hasSameSizeAs(std.entities());
    assertThat(merged.entity("account").orElseThrow().id()).isEqualTo(account.id());
    assertThat(Planner.plan(std, merged).changes())
        .extracting(c -> c.kind())
        .contains(ChangeKind.ADD_FIELD)
        .doesNotContain(ChangeKind.DELETE_ENTITY, ChangeKind.ADD_ENTITY);
  }

  @Test
  void exportingChosenEntitiesKeepsOnlyThem() {
    assertThat(PackageMerge.only(std, List.of("account")).entities())
        .extracting(EntityDef::name)
        .containsExactly("account");
    assertThat(PackageMerge.only(std, List.of()).entities()).hasSameSizeAs(std.entities());
  }
}
