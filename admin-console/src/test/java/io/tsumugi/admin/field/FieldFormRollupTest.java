package io.tsumugi.admin.field;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.RollupFunction;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rollup typed in the field editor turns into its options and back, and a bad choice comes back
 * with the validator's message.
 */
class FieldFormRollupTest {

  private final MetadataPackage std = StandardPackage.load();
  private final EntityDef account = std.entity("account").orElseThrow();

  private FieldForm rollup(String function, String summarized) {
    FieldForm form = new FieldForm();
    form.setType("rollup");
    form.setApiName("open_amount");
    form.setLabelJa("商談金額合計");
    form.setLabelEn("Deal amount");
    form.setFunction(function);
    form.setChildEntity("opportunity");
    form.setChildField("account");
    form.setSummarizedField(summarized);
    form.setFilter("amount > 0.0");
    return form;
  }

  private List<MetadataProblem> problems(FieldDef field) {
    MetadataPackage pkg = DraftEdits.putEntity(std, DraftEdits.putField(account, field));
    return new MetadataValidator().validate(pkg).errors();
  }

  @Test
  void aSumBecomesItsOptionsAndFillsTheFormBack() {
    FieldDef f = rollup("sum", "amount").toField(null, "account.open_amount");

    assertThat(f.type()).isEqualTo(FieldType.ROLLUP);
    FieldOptions o = f.options();
    assertThat(o.function()).isEqualTo(RollupFunction.SUM);
    assertThat(o.childEntity()).isEqualTo("opportunity");
    assertThat(o.childField()).isEqualTo("account");
    assertThat(o.summarizedField()).isEqualTo("amount");
    assertThat(o.filter()).isEqualTo("amount > 0.0");
    assertThat(f.required() || f.unique() || f.filterable() || f.sortable()).isFalse();
    assertThat(problems(f)).isEmpty();

    FieldForm back = new FieldForm();
    back.fill(f);
    assertThat(back.getType()).isEqualTo("rollup");
    assertThat(back.getFunction()).isEqualTo("sum");
    assertThat(back.getChildEntity()).isEqualTo("opportunity");
    assertThat(back.getChildField()).isEqualTo("account");
    assertThat(back.getSummarizedField()).isEqualTo("amount");
    assertThat(back.getFilter()).isEqualTo("amount > 0.0");
    assertThat(back.toField(f, null)).isEqualTo(f);
  }

  @Test
  void aCountSummarisesNoFieldAndAnEmptyConditionIsNone() {
    FieldForm form = rollup("count", "amount");
    form.setFilter("  ");
    FieldDef f = form.toField(null, "account.deals");

    assertThat(f.options().function()).isEqualTo(RollupFunction.COUNT);
    assertThat(f.options().summarizedField()).isNull();
    assertThat(f.options().filter()).isNull();
    assertThat(problems(f)).isEmpty();
  }

  @Test
  void aSumOfADateOrALookupNotPointingHereIsRefusedWithTheValidatorsMessage() {
    FieldDef sumOfDate = rollup("sum", "close_date").toField(null, "account.open_amount");
    assertThat(problems(sumOfDate))
        .extracting(MetadataProblem::code)
        .containsExactly("rollup.summarizedFieldType");

    FieldForm wrongLink = rollup("count", null);
    wrongLink.setChildField("contact");
    assertThat(problems(wrongLink.toField(null, "account.open_amount")))
        .extracting(MetadataProblem::messageJa)
        .singleElement()
        .asString()
        .contains("集計元の参照項目（childField）")
        .endsWith("「opportunity.contact」は「account」を参照する参照項目ではありません。");
  }
}
