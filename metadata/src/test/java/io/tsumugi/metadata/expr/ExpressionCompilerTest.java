package io.tsumugi.metadata.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionCompilerTest {

  static final MetadataPackage STD = StandardPackage.load();

  static ExpressionCompiler compilerFor(String entity) {
    EntityDef e = STD.entity(entity).orElseThrow();
    return ExpressionCompiler.forEntity(e, STD::entity);
  }

  @Test
  void fieldsAreDeclaredWithTheDocumentedCelTypes() {
    Map<String, ExprType> vars = compilerFor("opportunity").variables();
    assertThat(vars)
        .containsEntry("name", ExprType.STRING)
        .containsEntry("amount", ExprType.DOUBLE)
        .containsEntry("probability", ExprType.DOUBLE)
        .containsEntry("close_date", ExprType.TIMESTAMP)
        .containsEntry("stage", ExprType.STRING)
        .containsEntry("account", ExprType.STRING)
        .containsEntry("expected_revenue", ExprType.DOUBLE);
    assertThat(compilerFor("sales_lead").variables()).containsEntry("score", ExprType.INT);
    assertThat(compilerFor("quote").variables()).containsEntry("total", ExprType.DOUBLE);
  }

  @Test
  void ruleOnTheStandardOpportunityEvaluatesOnARecord() {
    Compilation c = compilerFor("opportunity").compile("amount >= 0.0", ExprType.BOOL);
    assertThat(c.ok()).isTrue();
    assertThat(ExpressionEvaluator.test(c.compiled(), Map.of("amount", new BigDecimal("1200"))))
        .isTrue();
    assertThat(ExpressionEvaluator.test(c.compiled(), Map.of("amount", -1))).isFalse();
  }

  @Test
  void wholeNumberLiteralsCompareWithDecimalFields() {
    // An office administrator writes 家賃 > 0, not 家賃 > 0.0: comparisons across int and double
    // type-check and compare by value (CEL's heterogeneous numeric comparisons).
    for (String rule : List.of("amount > 0", "0 < amount", "amount >= 1200", "amount <= 5")) {
      Compilation c = compilerFor("opportunity").compile(rule, ExprType.BOOL);
      assertThat(c.errors()).as(rule).isEmpty();
    }
    // Equality stays homogeneous in CEL's type checker: the console hints "write 5.0".
    assertThat(compilerFor("opportunity").compile("amount != 5", ExprType.BOOL).errors())
        .isNotEmpty();
    Compilation positive = compilerFor("opportunity").compile("amount > 0", ExprType.BOOL);
    assertThat(ExpressionEvaluator.test(positive.compiled(), Map.of("amount", 0.5))).isTrue();
    assertThat(ExpressionEvaluator.test(positive.compiled(), Map.of("amount", 0))).isFalse();
    assertThat(ExpressionEvaluator.test(positive.compiled(), Map.of("amount", -3))).isFalse();
    Compilation exact = compilerFor("opportunity").compile("amount >= 1200", ExprType.BOOL);
    assertThat(ExpressionEvaluator.test(exact.compiled(), Map.of("amount", new BigDecimal("1200"))))
        .isTrue();
    assertThat(ExpressionEvaluator.test(exact.compiled(), Map.of("amount", 1199.99))).isFalse();
  }

  @Test
  void lineTotalFormulaComputesFromDecimalValues() {
    EntityDef item = STD.entity("quote_line_item").orElseThrow();
    String expr = item.field("line_total").orElseThrow().options().expression();
    Compilation c = ExpressionCompiler.forEntity(item).compile(expr, ExprType.DOUBLE);
    Object total =
        ExpressionEvaluator.evaluate(
            c.compiled(),
            Map.of(
                "quantity",
                new BigDecimal("3"),
                "unit_price",
                1000,
                "discount",
                new BigDecimal("10")));
    assertThat(total).isEqualTo(2700.0);
    assertThat(c.compiled().references())
        .containsExactlyInAnyOrder("quantity", "unit_price", "discount");
  }

  @Test
  void emptyValuesAreZeroAndPresentSaysWhichAreSet() {
    Compilation c =
        compilerFor("campaign")
            .compile(
                "!present.start_date || !present.end_date || end_date >= start_date",
                ExprType.BOOL);
    assertThat(c.ok()).as(c.errors().toString()).isTrue();
    assertThat(ExpressionEvaluator.test(c.compiled(), Map.of())).isTrue();
    Map<String, Object> values = new HashMap<>();
    values.put("start_date", LocalDate.of(2025, 4, 10));
    values.put("end_date", LocalDate.of(2025, 4, 1));
    assertThat(ExpressionEvaluator.test(c.compiled(), values)).isFalse();
    values.put("end_date", "2025-04-30");
    assertThat(ExpressionEvaluator.test(c.compiled(), values)).isTrue();
  }

  @Test
  void datetimesCompareAsTimestampsAndComeBackAsInstants() {
    ExpressionCompiler c = new ExpressionCompiler(Map.of("at", ExprType.TIMESTAMP));
    Compilation comp = c.compile("at + duration('3600s')");
    Object r =
        ExpressionEvaluator.evaluate(
            comp.compiled(), Map.of("at", Instant.parse("2025-01-01T00:00:00Z")));
    assertThat(r).isEqualTo(Instant.parse("2025-01-01T01:00:00Z"));
  }

  @Test
  void multipicklistIsAListOfStrings() {
    ExpressionCompiler c = new ExpressionCompiler(Map.of("tags", ExprType.STRING_LIST));
    Compilation comp = c.compile("'vip' in tags && size(tags) == 2", ExprType.BOOL);
    assertThat(ExpressionEvaluator.test(comp.compiled(), Map.of("tags", List.of("vip", "new"))))
        .isTrue();
  }

  @Test
  void typeErrorsNameTheLineAndColumn() {
    Compilation c = compilerFor("sales_lead").compile("score > 'high'");
    assertThat(c.ok()).isFalse();
    assertThat(c.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(7);
              assertThat(e.message()).contains("no matching overload");
            });
  }

  @Test
  void wrongResultTypeIsRefused() {
    Compilation c = compilerFor("sales_lead").compile("score + 1", ExprType.BOOL);
    assertThat(c.ok()).isFalse();
    assertThat(c.errors().get(0).message()).contains("returns int but bool is needed");
  }

  @Test
  void evaluationFailuresAreTypedExceptions() {
    ExpressionCompiler c = new ExpressionCompiler(Map.of("n", ExprType.INT));
    Compilation comp = c.compile("10 / n");
    assertThatThrownBy(() -> ExpressionEvaluator.evaluate(comp.compiled(), Map.of("n", 0)))
        .isInstanceOf(ExpressionEvaluationException.class)
        .hasMessageContaining("10 / n");
  }

  @Test
  void overlongExpressionsAreRefusedBeforeParsing() {
    ExpressionCompiler c = new ExpressionCompiler(Map.of());
    assertThat(c.compile("1 + ".repeat(1500) + "1").errors().get(0).message()).contains("4000");
  }

  @Test
  void deeplyNestedExpressionsAreRefusedNotCrashing() {
    ExpressionCompiler c = new ExpressionCompiler(Map.of());
    Compilation comp = c.compile("(".repeat(500) + "1" + ")".repeat(500));
    assertThat(comp.ok()).isFalse();
  }
}
