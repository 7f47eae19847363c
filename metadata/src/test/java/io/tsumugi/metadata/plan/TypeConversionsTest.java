package io.tsumugi.metadata.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.plan.TypeConversions.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeConversionsTest {

  @ParameterizedTest(name = "{0} -> {1} is {2}")
  @CsvSource({
    "text, longtext, SAFE",
    "longtext, text, CHECK",
    "text, integer, CHECK",
    "text, email, CHECK",
    "email, text, SAFE",
    "integer, decimal, SAFE",
    "decimal, integer, CHECK",
    "currency, percent, CHECK",
    "integer, text, SAFE",
    "boolean, integer, SAFE",
    "integer, boolean, CHECK",
    "date, datetime, SAFE",
    "datetime, date, CHECK",
    "picklist, text, SAFE",
    "picklist, multipicklist, SAFE",
    "multipicklist, picklist, CHECK",
    "picklist, integer, REFUSED",
    "picklist, date, REFUSED",
    "text, lookup, REFUSED",
    "lookup, text, REFUSED",
    "autonumber, text, SAFE",
    "text, autonumber, REFUSED",
    "integer, formula, DROPS_DATA",
    "formula, integer, SAFE",
    "rollup, formula, SAFE",
    "boolean, date, REFUSED"
  })
  void matrixClassesEveryTypeChange(String from, String to, Verdict verdict) {
    assertThat(
            TypeConversions.classify(
                FieldType.fromJson(from).orElseThrow(), FieldType.fromJson(to).orElseThrow()))
        .isEqualTo(verdict);
  }
}
