package io.tsumugi.admin.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout editor's moves on the real account layout keep every field in one place at most. */
class LayoutDraftTest {

  private final MetadataPackage std = StandardPackage.load();
  private final EntityDef account = std.entity("account").orElseThrow();
  private final List<String> fields = account.fields().stream().map(FieldDef::name).toList();

  @Test
  void aNewSectionTakesFieldsFromTheOthersAndTheResultIsValidMetadata() {
    LayoutDraft draft = LayoutDraft.of(account.layouts().formSections());
    int sections = draft.getSections().size();

    draft.addSection("契約", "Contract");
    draft.place("phone", sections);
    draft.place("website", sections);
    draft.moveField("website", -1);

    assertThat(draft.getSections().get(sections).getFields()).containsExactly("website", "phone");
    assertThat(draft.sectionOf("phone")).isEqualTo(sections);
    assertThat(draft.toSections().stream().flatMap(s -> s.fields().stream()))
        .doesNotHaveDuplicates();
    EntityDef changed =
        account.withLayouts(
            new Layouts(draft.toSections(), List.of(), account.layouts().relatedLists()));
    assertThat(new MetadataValidator().validate(DraftEdits.putEntity(std, changed)).errors())
        .isEmpty();
  }

  @Test
  void removingASectionLeavesItsFieldsUnplacedAndPlacingOneMovesItOut() {
    LayoutDraft draft = LayoutDraft.of(account.layouts().formSections());
    List<String> second = draft.getSections().get(1).getFields();

    draft.removeSection(1);

    assertThat(draft.unplaced(fields)).containsAll(second);
    draft.place(second.get(0), 0);
    assertThat(draft.unplaced(fields)).doesNotContain(second.get(0));
    draft.unplace(second.get(0));
    assertThat(draft.unplaced(fields)).contains(second.get(0));
  }

  @Test
  void aDropArrangementIgnoresUnknownAndRepeatedNamesAndUnplacesWhatIsMissing() {
    LayoutDraft draft = LayoutDraft.of(account.layouts().formSections());
    int count = draft.getSections().size();
    List<List<String>> perSection = new java.util.ArrayList<>();
    perSection.add(List.of("name", "drop_table", "phone", "name"));
    for (int i = 1; i < count; i++) {
      perSection.add(List.of());
    }

    draft.arrange(perSection, fields);

    assertThat(draft.getSections().get(0).getFields()).containsExactly("name", "phone");
    assertThat(draft.unplaced(fields)).contains("website").doesNotContain("name", "phone");
    assertThat(draft.emptySections()).hasSize(count - 1);
  }

  @Test
  void anArrangementForAnotherNumberOfSectionsIsRefused() {
    LayoutDraft draft = LayoutDraft.of(account.layouts().formSections());
    List<String> before = draft.getSections().get(0).getFields();

    draft.arrange(List.of(List.of("phone")), fields);

    assertThat(draft.getSections().get(0).getFields()).isEqualTo(before);
  }

  @Test
  void aSectionMovesAndKeepsItsHeadings() {
    LayoutDraft draft = LayoutDraft.of(account.layouts().formSections());
    String firstJa = draft.getSections().get(0).getLabelJa();

    draft.moveSection(0, 1);
    draft.moveSection(0, -1); // already first: nothing happens

    assertThat(draft.getSections().get(1).getLabelJa()).isEqualTo(firstJa);
    assertThat(draft.toSections().get(1).label().ja()).isEqualTo(firstJa);
  }
}
