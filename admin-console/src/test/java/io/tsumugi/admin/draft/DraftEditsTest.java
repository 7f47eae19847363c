package io.tsumugi.admin.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.model.ValidationRule;
import io.tsumugi.metadata.plan.ChangeKind;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import org.junit.jupiter.api.Test;

/** Edits of the real standard package stay valid and plan to the changes an admin meant. */
class DraftEditsTest {

  private final MetadataPackage std = StandardPackage.load();

  @Test
  void aNewFieldOnAnEntityWithLayoutsLandsInTheFirstFormAndDetailSection() {
    EntityDef account = std.entity("account").orElseThrow();
    FieldDef rank =
        FieldDef.builder(NewIds.forName("rank"), "customer_rank", FieldType.TEXT)
            .label(LocalizedText.of("顧客ランク", "Customer rank"))
            .build();

    EntityDef changed = DraftEdits.putField(account, rank);
    MetadataPackage draft = DraftEdits.putEntity(std, changed);

    assertThat(changed.layouts().formSections().get(0).fields()).endsWith("customer_rank");
    assertThat(new MetadataValidator().validate(draft).errors()).isEmpty();
    assertThat(Planner.plan(std, draft).changes())
        .extracting(c -> c.kind())
        .containsExactly(ChangeKind.ADD_FIELD, ChangeKind.CHANGE_LAYOUT);
  }

  @Test
  void renamingAFieldFollowsIntoLayoutsAndListViewsAndPlansARename() {
    EntityDef account = std.entity("account").orElseThrow();
    FieldDef phone = account.field("phone").orElseThrow();

    EntityDef changed = DraftEdits.putField(account, phone.toBuilder().name("main_phone").build());
    MetadataPackage draft = DraftEdits.putEntity(std, changed);

    assertThat(new MetadataValidator().validate(draft).errors()).isEmpty();
    assertThat(changed.layouts().formSections().stream().flatMap(s -> s.fields().stream()))
        .contains("main_phone")
        .doesNotContain("phone");
    assertThat(Planner.plan(std, draft).changes())
        .extracting(c -> c.kind())
        .containsExactly(
            ChangeKind.RENAME_FIELD, ChangeKind.CHANGE_LAYOUT, ChangeKind.CHANGE_LIST_VIEWS);
  }

  @Test
  void removingAFieldTakesItOutOfTheLayouts() {
    EntityDef account = std.entity("account").orElseThrow();
    EntityDef changed = DraftEdits.removeField(account, account.field("phone").orElseThrow().id());

    assertThat(changed.field("phone")).isEmpty();
    assertThat(new MetadataValidator().validate(DraftEdits.putEntity(std, changed)).errors())
        .isEmpty();
  }

  @Test
  void rulesArePutByNameAndRemoved() {
    EntityDef account = std.entity("account").orElseThrow();
    ValidationRule rule =
        new ValidationRule(
            "name_short",
            "size(name) < 100",
            LocalizedText.of("短く", "Short"),
            "name",
            Severity.ERROR,
            true);
    EntityDef with = DraftEdits.putRule(account, null, rule);
    EntityDef replaced =
        DraftEdits.putRule(
            with,
            "name_short",
            new ValidationRule(
                "name_shorter", "size(name) < 50", rule.message(), "name", Severity.WARNING, true));

    assertThat(replaced.rules())
        .extracting(ValidationRule::name)
        .endsWith("name_shorter")
        .doesNotContain("name_short");
    assertThat(DraftEdits.removeRule(replaced, "name_shorter").rules()).isEqualTo(account.rules());
  }
}
