package io.tsumugi.web.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The screens' view of the real standard package. */
class EntityViewsTest {

  private static final MetadataPackage STANDARD = StandardPackage.load();

  private static EntityViews views(String entity, boolean japanese) {
    EntityDef def = STANDARD.entity(entity).orElseThrow();
    return new EntityViews(STANDARD, def, japanese);
  }

  @Test
  void opportunityFormFollowsItsLayoutInJapanese() {
    List<SectionView> sections = views("opportunity", true).formSections();

    assertThat(sections).isNotEmpty();
    FieldView name = sections.get(0).getFields().get(0);
    assertThat(name.getName()).isEqualTo("name");
    assertThat(name.getLabel()).isEqualTo("商談名");
    assertThat(name.isRequired()).isTrue();
    assertThat(name.getRenderer()).isEqualTo("text");
  }

  @Test
  void stagePicklistOffersItsValuesInOrderWithLabelsInTheViewersLanguage() {
    FieldView stage = views("opportunity", true).field("stage").orElseThrow();

    assertThat(stage.getRenderer()).isEqualTo("picklist");
    assertThat(stage.getOptions()).extracting(OptionView::getLabel).startsWith("リード獲得");
    assertThat(views("opportunity", false).field("stage").orElseThrow().getOptions())
        .extracting(OptionView::getLabel)
        .first()
        .asString()
        .doesNotContain("リード");
  }

  @Test
  void yenAmountsHaveNoDecimalsAndTheYenSign() {
    FieldView amount = views("opportunity", true).field("amount").orElseThrow();

    assertThat(amount.getRenderer()).isEqualTo("currency");
    assertThat(amount.getCurrencySymbol()).isEqualTo("¥");
    assertThat(amount.getDecimalPlaces()).isZero();
  }

  @Test
  void computedFieldsAreShownButNeverEdited() {
    FieldView total = views("quote", true).field("total").orElseThrow();

    assertThat(total.isReadOnly()).isTrue();
    assertThat(total.getRenderer()).isEqualTo("output");
  }

  @Test
  void phoneFieldsAskPhonesForTheTelephoneKeyboard() {
    FieldView phone = views("account", true).field("phone").orElseThrow();

    assertThat(phone.getRenderer()).isEqualTo("normalized");
    assertThat(phone.getInputType()).isEqualTo("tel");
  }
}
