package io.tsumugi.metadata.plan;

import static io.tsumugi.metadata.plan.PlanFixtures.BASE;
import static io.tsumugi.metadata.plan.PlanFixtures.addField;
import static io.tsumugi.metadata.plan.PlanFixtures.editEntity;
import static io.tsumugi.metadata.plan.PlanFixtures.editField;
import static io.tsumugi.metadata.plan.PlanFixtures.removeField;
import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistValue;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.model.ValidationRule;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per change kind: an edit of the base package and the change it must produce. */
class PlannerTest {

  static final String C = "shop_customer";

  static Stream<Arguments> cases() {
    return Stream.of(
        row(
            "addEntity",
            p -> p.withEntities(append(p.entities(), newEntity("prod", "shop_product"))),
            ChangeKind.ADD_ENTITY,
            Safety.SAFE,
            null),
        row(
            "renameEntity",
            p -> editEntity(p, "shop_order", e -> e.withName("shop_purchase")),
            ChangeKind.RENAME_ENTITY,
            Safety.SAFE,
            null),
        row(
            "deleteEntity",
            p -> p.withEntities(p.entities().subList(0, 1)),
            ChangeKind.DELETE_ENTITY,
            Safety.DESTRUCTIVE,
            new DataCheck.RowCount("shop_order")),
        row(
            "addField",
            p -> addField(p, C, FieldDef.builder("c9", "email", FieldType.EMAIL).build()),
            ChangeKind.ADD_FIELD,
            Safety.SAFE,
            null),
        row(
            "renameField",
            p -> editField(p, C, "code", f -> f.toBuilder().name("customer_code").build()),
            ChangeKind.RENAME_FIELD,
            Safety.SAFE,
            null),
        row(
            "deleteField",
            p -> removeField(p, C, "notes"),
            ChangeKind.DELETE_FIELD,
            Safety.DESTRUCTIVE,
            new DataCheck.NonNullValues(C, "notes")),
        row(
            "textToIntegerNeedsCheck",
            p -> editField(p, C, "code", f -> f.toBuilder().type(FieldType.INTEGER).build()),
            ChangeKind.CHANGE_FIELD_TYPE,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.NonConvertibleValues(C, "code", FieldType.TEXT, FieldType.INTEGER)),
        row(
            "longtextToTextChecksLength",
            p -> editField(p, C, "notes", f -> f.toBuilder().type(FieldType.TEXT).build()),
            ChangeKind.CHANGE_FIELD_TYPE,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.ValuesLongerThan(C, "notes", 255)),
        row(
            "integerToDecimalIsSafe",
            p -> editField(p, C, "age", f -> f.toBuilder().type(FieldType.DECIMAL).build()),
            ChangeKind.CHANGE_FIELD_TYPE,
            Safety.SAFE,
            null),
        row(
            "datetimeToDateNeedsCheck",
            p -> editField(p, C, "joined_on", f -> f.toBuilder().type(FieldType.DATE).build()),
            ChangeKind.CHANGE_FIELD_TYPE,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.NonConvertibleValues(C, "joined_on", FieldType.DATETIME, FieldType.DATE)),
        row(
            "shorterTextNeedsCheck",
            p ->
                editField(
                    p,
                    C,
                    "name",
                    f ->
                        f.toBuilder()
                            .options(f.options().toBuilder().maxLength(50).build())
                            .build()),
            ChangeKind.CHANGE_FIELD_LENGTH,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.ValuesLongerThan(C, "name", 50)),
        row(
            "longerTextIsSafe",
            p ->
                editField(
                    p,
                    C,
                    "name",
                    f ->
                        f.toBuilder()
                            .options(f.options().toBuilder().maxLength(200).build())
                            .build()),
            ChangeKind.CHANGE_FIELD_LENGTH,
            Safety.SAFE,
            null),
        row(
            "smallerScaleNeedsCheck",
            p ->
                editField(
                    p,
                    C,
                    "balance",
                    f -> f.toBuilder().options(f.options().toBuilder().scale(0).build()).build()),
            ChangeKind.CHANGE_FIELD_PRECISION,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.ValuesOutsidePrecision(C, "balance", 12, 0)),
        row(
            "largerPrecisionIsSafe",
            p ->
                editField(
                    p,
                    C,
                    "balance",
                    f ->
                        f.toBuilder()
                            .options(f.options().toBuilder().precision(18).build())
                            .build()),
            ChangeKind.CHANGE_FIELD_PRECISION,
            Safety.SAFE,
            null),
        row(
            "makingRequiredNeedsNullCheck",
            p -> editField(p, C, "code", f -> f.toBuilder().required(true).build()),
            ChangeKind.CHANGE_FIELD_REQUIRED,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.NullValues(C, "code")),
        row(
            "makingOptionalIsSafe",
            p -> editField(p, C, "name", f -> f.toBuilder().required(false).build()),
            ChangeKind.CHANGE_FIELD_REQUIRED,
            Safety.SAFE,
            null),
        row(
            "makingUniqueNeedsDuplicateCheck",
            p -> editField(p, C, "code", f -> f.toBuilder().unique(true).build()),
            ChangeKind.CHANGE_FIELD_UNIQUE,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.DuplicateValues(C, "code")),
        row(
            "changingDefaultIsSafe",
            p -> editField(p, C, "code", f -> f.toBuilder().defaultValue("X").build()),
            ChangeKind.CHANGE_FIELD_DEFAULT,
            Safety.SAFE,
            null),
        row(
            "changingOnDeleteIsSafe",
            p ->
                editField(
                    p,
                    C,
                    "referrer",
                    f ->
                        f.toBuilder()
                            .options(f.options().toBuilder().onDelete(null).build())
                            .build()),
            ChangeKind.CHANGE_FIELD_ON_DELETE,
            Safety.SAFE,
            null),
        row(
            "filterableAddsIndex",
            p -> editField(p, C, "age", f -> f.toBuilder().filterable(true).build()),
            ChangeKind.ADD_INDEX,
            Safety.SAFE,
            null),
        row(
            "notSortableDropsIndex",
            p -> editField(p, C, "name", f -> f.toBuilder().sortable(false).build()),
            ChangeKind.DROP_INDEX,
            Safety.SAFE,
            null),
        row(
            "picklistValueAdded",
            p -> editValues(p, v -> append(v, value("bronze", "ブロンズ", true))),
            ChangeKind.PICKLIST_VALUE_ADDED,
            Safety.SAFE,
            null),
        row(
            "picklistValueRemovedNeedsCheck",
            p -> editValues(p, v -> v.subList(0, 1)),
            ChangeKind.PICKLIST_VALUE_REMOVED,
            Safety.NEEDS_DATA_CHECK,
            new DataCheck.RowsUsingPicklistValue(C, "tier", "silver")),
        row(
            "picklistValueDeactivated",
            p -> editValues(p, v -> List.of(v.get(0), value("silver", "シルバー", false))),
            ChangeKind.PICKLIST_VALUE_DEACTIVATED,
            Safety.SAFE,
            null),
        row(
            "picklistValueRelabelled",
            p -> editValues(p, v -> List.of(v.get(0), value("silver", "銀", true))),
            ChangeKind.PICKLIST_VALUE_RELABELLED,
            Safety.SAFE,
            null),
        row(
            "fieldLabelIsMetadataOnly",
            p ->
                editField(
                    p,
                    C,
                    "age",
                    f -> f.toBuilder().label(LocalizedText.of("年齢（歳）", "Age (years)")).build()),
            ChangeKind.CHANGE_FIELD_METADATA,
            Safety.SAFE,
            null),
        row(
            "entityLabelIsMetadataOnly",
            p -> editEntity(p, C, e -> e.withLabel(LocalizedText.of("お客様", "Client"))),
            ChangeKind.CHANGE_ENTITY_METADATA,
            Safety.SAFE,
            null),
        row(
            "rulesAreMetadataOnly",
            p ->
                editEntity(
                    p,
                    C,
                    e ->
                        e.withRules(
                            List.of(
                                new ValidationRule(
                                    "age_ok",
                                    "age >= 0",
                                    LocalizedText.of("年齢", "Age"),
                                    "age",
                                    Severity.ERROR,
                                    true)))),
            ChangeKind.CHANGE_RULES,
            Safety.SAFE,
            null),
        row(
            "listViewsAreMetadataOnly",
            p ->
                editEntity(
                    p,
                    C,
                    e ->
                        new EntityDef(
                            e.id(),
                            e.name(),
                            e.label(),
                            e.pluralLabel(),
                            e.description(),
                            e.icon(),
                            e.nameField(),
                            e.pipelineField(),
                            e.owned(),
                            e.fields(),
                            e.rules(),
                            e.layouts(),
                            List.of(
                                new ListView(
                                    "recent",
                                    LocalizedText.of("最近", "Recent"),
                                    true,
                                    List.of("name"),
                                    List.of(),
                                    List.of())))),
            ChangeKind.CHANGE_LIST_VIEWS,
            Safety.SAFE,
            null),
        row(
            "layoutsAreMetadataOnly",
            p ->
                editEntity(
                    p,
                    C,
                    e ->
                        new EntityDef(
                            e.id(),
                            e.name(),
                            e.label(),
                            e.pluralLabel(),
                            e.description(),
                            e.icon(),
                            e.nameField(),
                            e.pipelineField(),
                            e.owned(),
                            e.fields(),
                            e.rules(),
                            new io.tsumugi.metadata.model.Layouts(
                                List.of(
                                    new io.tsumugi.metadata.model.LayoutSection(
                                        LocalizedText.of("基本", "Basics"),
                                        2,
                                        false,
                                        List.of("name"))),
                                List.of(),
                                List.of()),
                            e.listViews())),
            ChangeKind.CHANGE_LAYOUT,
            Safety.SAFE,
            null),
        row(
            "formulaReplacingStoredFieldDropsData",
            p ->
                editField(
                    p,
                    C,
                    "age",
                    f ->
                        f.toBuilder()
                            .type(FieldType.FORMULA)
                            .options(
                                FieldOptions.builder()
                                    .expression("1")
                                    .resultType(FieldType.INTEGER)
                                    .build())
                            .build()),
            ChangeKind.CHANGE_FIELD_TYPE,
            Safety.DESTRUCTIVE,
            new DataCheck.NonNullValues(C, "age")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachEditProducesItsChangeKindWithItsSafetyAndDataCheck(
      String name,
      UnaryOperator<MetadataPackage> edit,
      ChangeKind kind,
      Safety safety,
      DataCheck check) {
    MetadataPackage proposed = edit.apply(BASE);
    assertThat(new MetadataValidator().validate(proposed).errors())
        .as("proposed package is valid")
        .isEmpty();
    Plan plan = Planner.plan(BASE, proposed);
    assertThat(plan.isApplicable()).as(plan.toString()).isTrue();
    List<Change> ofKind = plan.ofKind(kind);
    assertThat(ofKind).as(plan.toString()).hasSize(1);
    assertThat(ofKind.get(0).safety()).isEqualTo(safety);
    if (check == null) {
      assertThat(ofKind.get(0).dataChecks()).isEmpty();
    } else {
      assertThat(ofKind.get(0).dataChecks()).containsExactly(check);
    }
    assertThat(ofKind.get(0).summaryJa()).isNotBlank();
  }

  static Arguments row(
      String name,
      UnaryOperator<MetadataPackage> edit,
      ChangeKind kind,
      Safety safety,
      DataCheck check) {
    return Arguments.of(name, edit, kind, safety, check);
  }

  static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  static PicklistValue value(String v, String ja, boolean active) {
    return new PicklistValue(v, LocalizedText.of(ja, v), null, null, active);
  }

  static MetadataPackage editValues(MetadataPackage p, UnaryOperator<List<PicklistValue>> edit) {
    return editField(
        p,
        C,
        "tier",
        f ->
            f.toBuilder()
                .options(f.options().toBuilder().values(edit.apply(f.options().values())).build())
                .build());
  }

  static EntityDef newEntity(String id, String name) {
    FieldDef title = FieldDef.builder(id + ".title", "title", FieldType.TEXT).build();
    FieldDef customer =
        FieldDef.builder(id + ".customer", "customer", FieldType.LOOKUP)
            .options(FieldOptions.builder().target(C).build())
            .build();
    return new EntityDef(
        id,
        name,
        LocalizedText.of("商品", "Product"),
        LocalizedText.of("商品", "Products"),
        null,
        null,
        "title",
        null,
        true,
        List.of(title, customer),
        List.of(),
        null,
        List.of());
  }
}
