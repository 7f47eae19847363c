package io.tsumugi.plugins.realestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.api.extension.PanelContent;
import io.tsumugi.api.record.SimpleRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The panel on a lead: properties matching its search conditions, cheapest first. */
class MatchingPropertiesPanelTest {

  private final InMemoryQueries db =
      new InMemoryQueries()
          .add(RealEstate.PROPERTY, "p1", property("メゾン中野", "1K", 72000, 5000, 6, "中野", 25.5))
          .add(RealEstate.PROPERTY, "p2", property("中野ハイツ", "1LDK", 98000, 8000, 4, "中野", 40.0))
          .add(RealEstate.PROPERTY, "p3", property("コーポ中野", "1K", 76000, 8000, 12, "中野", 22.0))
          .add(RealEstate.PROPERTY, "p4", property("高円寺荘", "1K", 65000, 3000, 3, "高円寺", 20.0))
          .add(RealEstate.PROPERTY, "p5", property("中野テラス", "1DK", 80000, 0, 8, "中野", 30.0));

  private static Map<String, Object> property(
      String name, String plan, int rent, int fee, int walk, String station, double area) {
    return Map.of(
        "name",
        name,
        "floor_plan",
        plan,
        "rent",
        new BigDecimal(rent),
        "management_fee",
        new BigDecimal(fee),
        "walk_minutes",
        (long) walk,
        "nearest_station",
        station,
        "area_sqm",
        new BigDecimal(String.valueOf(area)),
        "available_from",
        LocalDate.of(2026, 4, 1));
  }

  private MatchingPropertiesPanel panel() {
    return new MatchingPropertiesPanel(new TestContext(db));
  }

  @Test
  void leadSeesThePropertiesMatchingItsConditionsCheapestFirst() {
    db.add(
        RealEstate.WISH,
        "w1",
        Map.of(
            "sales_lead",
            "lead-1",
            "max_monthly",
            new BigDecimal(82000),
            "floor_plans",
            List.of("1K", "1DK"),
            "max_walk_minutes",
            10L,
            "station",
            "中野"));

    PanelContent content = panel().render(new SimpleRecord("sales_lead", "lead-1", Map.of()));

    // p2 is a 1LDK, p3 is 12 min away, p4 is at another station; p1 totals 77,000, p5 80,000.
    assertThat(content.rows()).extracting(PanelContent.Row::recordId).containsExactly("p1", "p5");
    assertThat(content.rows().get(0).cells()).containsExactly("メゾン中野", "1K", "¥77,000", "中野", "6");
    assertThat(content.title().ja()).isEqualTo("条件に合う物件");
    assertThat(content.columns()).extracting(c -> c.en()).contains("Monthly total");
  }

  @Test
  void rentWithinBudgetButFeeAboveItIsNoMatch() {
    db.add(
        RealEstate.WISH,
        "w1",
        Map.of("sales_lead", "lead-1", "max_monthly", new BigDecimal(76000), "station", "中野"));

    PanelContent content = panel().render(new SimpleRecord("sales_lead", "lead-1", Map.of()));

    // p1: rent 72,000 + fee 5,000 = 77,000 > 76,000; p3: 76,000 + 8,000.
    assertThat(content.rows()).isEmpty();
    assertThat(content.emptyText().en()).contains("No property matches");
  }

  @Test
  void propertyAvailableOnlyAfterTheMoveInDateIsNoMatch() {
    db.add(
        RealEstate.WISH,
        "w1",
        Map.of("sales_lead", "lead-1", "station", "高円寺", "move_in_by", LocalDate.of(2026, 3, 15)));

    assertThat(panel().render(new SimpleRecord("sales_lead", "lead-1", Map.of())).rows()).isEmpty();
  }

  @Test
  void leadWithoutConditionsGetsTheEmptyText() {
    PanelContent content = panel().render(new SimpleRecord("sales_lead", "lead-9", Map.of()));

    assertThat(content.rows()).isEmpty();
    assertThat(content.emptyText().ja()).contains("希望条件");
  }

  @Test
  void twoConditionsMatchingOnePropertyListItOnce() {
    db.add(RealEstate.WISH, "w1", Map.of("sales_lead", "lead-1", "station", "高円寺"));
    db.add(RealEstate.WISH, "w2", Map.of("sales_lead", "lead-1", "max_walk_minutes", 3L));

    assertThat(panel().render(new SimpleRecord("sales_lead", "lead-1", Map.of())).rows())
        .extracting(PanelContent.Row::recordId)
        .containsExactly("p4");
  }

  @Test
  void panelIsShownOnLeadsOnly() {
    assertThat(panel().appliesTo("sales_lead")).isTrue();
    assertThat(panel().appliesTo("contact")).isFalse();
  }
}
