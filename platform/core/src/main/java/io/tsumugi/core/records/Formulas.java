package io.tsumugi.core.records;

import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionEvaluator;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Computes formula fields (CEL) into a record's values, in dependency order (formulas on formulas
 * settle after as many passes as there are formulas; cycles are refused by the validator). Numeric
 * results are rounded to the field's scale. A formula that fails to evaluate is empty.
 */
final class Formulas {

  private Formulas() {}

  static void compute(MetadataPackage pkg, EntityDef e, Map<String, Object> values) {
    long formulas = e.fields().stream().filter(f -> f.type() == FieldType.FORMULA).count();
    for (int pass = 0; pass < formulas; pass++) {
      for (FieldDef f : e.fields()) {
        if (f.type() != FieldType.FORMULA) {
          continue;
        }
        FieldType result = f.options().resultType();
        Compilation c =
            CompiledExpressions.of(pkg, e, f.options().expression(), ExprType.of(result));
        Object v = null;
        if (c.ok()) {
          try {
            v = ExpressionEvaluator.evaluate(c.compiled(), values);
          } catch (RuntimeException ex) {
            v = null;
          }
        }
        if (v instanceof Double d && result.isFixedPoint()) {
          int scale = f.options().scale() == null ? 2 : f.options().scale();
          v = BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
        }
        values.put(f.name(), v);
      }
    }
  }
}
