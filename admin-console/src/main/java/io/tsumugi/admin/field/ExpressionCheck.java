package io.tsumugi.admin.field;

import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionCompiler;
import io.tsumugi.metadata.expr.ExpressionError;
import io.tsumugi.metadata.expr.ExpressionErrorText;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;

/**
 * Compiles an expression of an entity with the metadata's CEL compiler: the errors (line, column,
 * message) or nothing, shown in the page's language ({@link ExpressionErrorText}: Japanese for a
 * Japanese page, CEL's English otherwise). Formulas and rules use it as the administrator types.
 */
public final class ExpressionCheck {

  private ExpressionCheck() {}

  /**
   * The compile and type errors of {@code expression} on {@code entity}, expected to give {@code
   * expected} ({@code null}: any type); empty when it compiles.
   */
  public static List<ExpressionError> errors(
      MetadataPackage pkg, EntityDef entity, String expression, ExprType expected) {
    if (expression == null || expression.isBlank()) {
      return List.of();
    }
    ExpressionCompiler compiler = ExpressionCompiler.forEntity(entity, pkg::entity);
    Compilation c =
        expected == null ? compiler.compile(expression) : compiler.compile(expression, expected);
    return c.errors();
  }

  /** The errors as shown: in Japanese ("1 行 6 列目: ...") or as CEL words them ("1:6: ..."). */
  public static List<String> texts(List<ExpressionError> errors, boolean japanese) {
    return errors.stream().map(e -> ExpressionErrorText.of(e, japanese)).toList();
  }

  /**
   * True when an error is CEL's refusal to compare or add a decimal (double) and a whole number
   * ({@code rent == 0} or {@code rent * 2} on a currency field; ordering comparisons such as {@code
   * rent > 0} are accepted): the page then suggests writing {@code 0.0}.
   */
  public static boolean mixesDecimalAndWholeNumber(List<ExpressionError> errors) {
    return errors.stream()
        .map(ExpressionError::message)
        .anyMatch(e -> e.contains("(double, int)") || e.contains("(int, double)"));
  }
}
