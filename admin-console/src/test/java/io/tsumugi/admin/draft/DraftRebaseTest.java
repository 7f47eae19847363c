package io.tsumugi.admin.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft moved onto a version someone else applied keeps both administrators' work. */
class DraftRebaseTest {

  private final MetadataPackage base = StandardPackage.load();

  @Test
  void theDraftsEntityChangesAreReplayedOnTheNewerVersion() {
    MetadataPackage draft = DraftEdits.putEntity(base, entity("property", "物件"));
    EntityDef account = base.entity("account").orElseThrow();
    MetadataPackage theirs =
        DraftEdits.putEntity(
            base,
            DraftEdits.putField(
                account,
                FieldDef.builder("their-rank", "customer_rank", FieldType.TEXT)
                    .label(LocalizedText.of("ランク", "Rank"))
                    .build()));

    MetadataPackage rebased = DraftRebase.rebase(base, draft, theirs);

    assertThat(rebased.entity("property")).isPresent();
    assertThat(rebased.entity("account").orElseThrow().field("customer_rank")).isPresent();
    assertThat(Planner.plan(theirs, rebased).changes())
        .allMatch(c -> c.entity().equals("property"));
    assertThat(DraftRebase.changedEntityIds(base, draft)).containsExactly("c-property");
  }

  @Test
  void anEntityTheDraftDeletedStaysDeleted() {
    MetadataPackage draft = DraftEdits.putEntity(base, entity("property", "物件"));
    MetadataPackage active = DraftEdits.putEntity(base, entity("property", "物件"));
    MetadataPackage draftWithout = DraftEdits.removeEntity(active, "c-property");

    assertThat(DraftRebase.rebase(active, draftWithout, draft).entity("property")).isEmpty();
  }

  private static EntityDef entity(String name, String label) {
    FieldDef nameField =
        FieldDef.builder("c-" + name + "-name", "name", FieldType.TEXT)
            .label(LocalizedText.of("名前", "Name"))
            .required(true)
            .build();
    return new EntityDef(
        "c-" + name,
        name,
        LocalizedText.of(label, "Property"),
        LocalizedText.of(label, "Properties"),
        null,
        "building",
        "name",
        null,
        true,
        List.of(nameField),
        List.of(),
        Layouts.NONE,
        List.of());
  }
}
