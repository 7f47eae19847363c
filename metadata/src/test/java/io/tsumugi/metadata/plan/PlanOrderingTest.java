package io.tsumugi.metadata.plan;

import static io.tsumugi.metadata.plan.PlanFixtures.BASE;
import static io.tsumugi.metadata.plan.PlanFixtures.editField;
import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanOrderingTest {

  @Test
  void identicalPackagesGiveAnEmptyPlan() {
    assertThat(Planner.plan(BASE, BASE).isEmpty()).isTrue();
    MetadataPackage std = StandardPackage.load();
    assertThat(Planner.plan(std, std).changes()).isEmpty();
  }

  @Test
  void firstInstallCreatesEveryEntityBeforeAnyLookupColumn() {
    Plan plan = Planner.plan(MetadataPackage.empty("std"), StandardPackage.load());
    List<Change> changes = plan.changes();
    int lastEntity = lastIndexOf(changes, ChangeKind.ADD_ENTITY);
    int firstLookup = -1;
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      if (c.kind() == ChangeKind.ADD_FIELD && c.fieldAfter().type() == FieldType.LOOKUP) {
        firstLookup = i;
        break;
      }
    }
    assertThat(plan.ofKind(ChangeKind.ADD_ENTITY)).hasSize(11);
    assertThat(firstLookup).isGreaterThan(lastEntity);
    assertThat(plan.overallSafety()).isEqualTo(Safety.SAFE);
    assertThat(plan.ofKind(ChangeKind.ADD_INDEX)).isNotEmpty();
  }

  @Test
  void aPhoneFieldIsIndexedEvenWhenNotFilterable() {
    MetadataPackage phones =
        PlanFixtures.addField(
            BASE,
            "shop_customer",
            io.tsumugi.metadata.model.FieldDef.builder("c-tel", "tel", FieldType.PHONE).build());
    assertThat(Planner.plan(BASE, phones).ofKind(ChangeKind.ADD_INDEX))
        .extracting(Change::field)
        .containsExactly("tel");
  }

  @Test
  void uninstallDeletesChildEntitiesBeforeTheEntitiesTheyLookUp() {
    Plan plan = Planner.plan(BASE, MetadataPackage.empty("shop"));
    assertThat(plan.ofKind(ChangeKind.DELETE_ENTITY))
        .extracting(Change::entity)
        .containsExactly("shop_order", "shop_customer");
    assertThat(plan.overallSafety()).isEqualTo(Safety.DESTRUCTIVE);
  }

  @Test
  void dropsComeBeforeRenamesWhichComeBeforeAdditions() {
    MetadataPackage p = PlanFixtures.removeField(BASE, "shop_customer", "notes");
    p = editField(p, "shop_customer", "code", f -> f.toBuilder().name("customer_code").build());
    p =
        PlanFixtures.addField(
            p,
            "shop_customer",
            io.tsumugi.metadata.model.FieldDef.builder("c10", "memo", FieldType.LONGTEXT).build());
    List<ChangeKind> kinds = Planner.plan(BASE, p).changes().stream().map(Change::kind).toList();
    assertThat(kinds)
        .containsExactly(ChangeKind.DELETE_FIELD, ChangeKind.RENAME_FIELD, ChangeKind.ADD_FIELD);
  }

  @Test
  void aRenameIsNeverGuessedFromADropAndAnAdd() {
    MetadataPackage p =
        editField(
            BASE,
            "shop_customer",
            "code",
            f -> f.toBuilder().id("c99").name("customer_code").build());
    Plan plan = Planner.plan(BASE, p);
    assertThat(plan.ofKind(ChangeKind.RENAME_FIELD)).isEmpty();
    assertThat(plan.ofKind(ChangeKind.DELETE_FIELD)).hasSize(1);
    assertThat(plan.ofKind(ChangeKind.ADD_FIELD)).hasSize(1);
  }

  @Test
  void picklistToIntegerIsRefusedAtTheFieldTypePath() {
    MetadataPackage p =
        editField(
            BASE,
            "shop_customer",
            "tier",
            f ->
                f.toBuilder()
                    .type(FieldType.INTEGER)
                    .options(io.tsumugi.metadata.model.FieldOptions.NONE)
                    .build());
    Plan plan = Planner.plan(BASE, p);
    assertThat(plan.isApplicable()).isFalse();
    assertThat(plan.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.path()).isEqualTo("/entities/0/fields/4/type");
              assertThat(r.code()).isEqualTo("plan.typeChangeRefused");
              assertThat(r.messageJa()).contains("picklist", "integer");
            });
  }

  @Test
  void changingALookupTargetIsRefused() {
    MetadataPackage p =
        editField(
            BASE,
            "shop_order",
            "customer",
            f ->
                f.toBuilder()
                    .options(f.options().toBuilder().target("shop_order").build())
                    .build());
    assertThat(Planner.plan(BASE, p).refusals())
        .extracting(r -> r.code())
        .containsExactly("plan.lookupTargetChangeRefused");
  }

  private static int lastIndexOf(List<Change> changes, ChangeKind kind) {
    int last = -1;
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).kind() == kind) {
        last = i;
      }
    }
    return last;
  }
}
