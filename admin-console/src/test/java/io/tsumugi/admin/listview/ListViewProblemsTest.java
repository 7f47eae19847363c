package io.tsumugi.admin.listview;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list view typed in the editor turns into metadata with typed filter values, and the validator's
 * problems come back naming the row and the field.
 */
class ListViewProblemsTest {

  private final MetadataPackage std = StandardPackage.load();
  private final EntityDef deal = std.entity("opportunity").orElseThrow();

  private ListViewForm form(String name) {
    ListViewForm form = new ListViewForm();
    form.setName(name);
    form.setLabelJa("今月の商談");
    form.addColumn("name");
    form.addColumn("amount");
    return form;
  }

  private List<ListViewProblems.Line> problems(ListViewForm form) {
    ListView view = form.toListView(deal);
    List<ListView> views = new ArrayList<>(deal.listViews());
    views.add(view);
    EntityDef changed = deal.withListViews(views);
    MetadataPackage pkg = DraftEdits.putEntity(std, changed);
    return ListViewProblems.of(
        pkg, pkg.entities().indexOf(changed), views.size() - 1, view, f -> "L:" + f);
  }

  @Test
  void sortKeysAndARelativeDateFilterMakeAValidView() {
    ListViewForm form = form("closing_soon");
    form.addSort("amount");
    form.getSort().get(0).setDirection("desc");
    form.addSort("close_date");
    form.addFilter("close_date");
    form.getFilters().get(0).setOperator("le");
    form.getFilters().get(0).setValue("today+60d");
    form.addFilter("stage");
    form.getFilters().get(1).setOperator("in");
    form.getFilters().get(1).setValue("proposal, negotiation");
    form.addFilter("amount");
    form.getFilters().get(2).setOperator("ge");
    form.getFilters().get(2).setValue("1000000");

    ListView view = form.toListView(deal);

    assertThat(problems(form)).isEmpty();
    assertThat(view.sort()).extracting(ListView.Sort::descending).containsExactly(true, false);
    assertThat(view.filters().get(1).value()).isEqualTo(List.of("proposal", "negotiation"));
    assertThat(view.filters().get(2).value()).isEqualTo(new BigDecimal("1000000"));
    assertThat(ListViewForm.of(view).getFilters().get(1).getValue())
        .isEqualTo("proposal, negotiation");
  }

  @Test
  void aWrongDateNamesTheFilterAndItsFieldInBothLanguages() {
    ListViewForm form = form("closing_soon");
    form.addFilter("close_date");
    form.getFilters().get(0).setValue("60日後");

    List<ListViewProblems.Line> lines = problems(form);

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).error()).isTrue();
    assertThat(lines.get(0).ja()).startsWith("フィルター 1（L:close_date）: ").contains("today+60d");
    assertThat(lines.get(0).en()).startsWith("Filter 1 (L:close_date): ").contains("today+60d");
  }

  @Test
  void aNumberFieldRefusesTextAndAnOperatorWithoutValueNeedsNone() {
    ListViewForm form = form("big");
    form.addFilter("amount");
    form.getFilters().get(0).setOperator("gt");
    form.getFilters().get(0).setValue("たくさん");
    form.addFilter("stage");
    form.getFilters().get(1).setOperator("is_null");
    form.getFilters().get(1).setValue("ignored");

    List<ListViewProblems.Line> lines = problems(form);

    assertThat(lines)
        .extracting(ListViewProblems.Line::en)
        .anyMatch(l -> l.startsWith("Filter 1 (L:amount): \"たくさん\" is not a number"));
    assertThat(lines).noneMatch(l -> l.en().startsWith("Filter 2"));
    assertThat(form.toListView(deal).filters().get(1).value()).isNull();
  }

  @Test
  void fieldsTheListPageCannotFilterOrSortOnAreErrors() {
    ListViewForm form = form("by_description");
    form.addSort("description");
    form.addFilter("description");
    form.getFilters().get(0).setOperator("contains");
    form.getFilters().get(0).setValue("至急");

    List<ListViewProblems.Line> lines = problems(form);

    assertThat(lines).allMatch(ListViewProblems.Line::error);
    assertThat(lines)
        .extracting(ListViewProblems.Line::ja)
        .anyMatch(l -> l.startsWith("並べ替え 1（L:description）: ") && l.contains("並べ替えできません"))
        .anyMatch(l -> l.startsWith("フィルター 1（L:description）: ") && l.contains("絞り込みできません"));
  }

  @Test
  void anUnknownColumnIsReportedWithItsPosition() {
    ListViewForm form = form("ghost");
    form.addColumn("no_such_field");

    assertThat(problems(form))
        .extracting(ListViewProblems.Line::en)
        .anyMatch(l -> l.startsWith("Column 3 (L:no_such_field): "));
  }
}
