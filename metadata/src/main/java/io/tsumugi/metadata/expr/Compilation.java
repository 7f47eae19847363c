package io.tsumugi.metadata.expr;

import java.util.List;

/**
 * The outcome of compiling an expression: the compiled form, or the errors.
 *
 * @param compiled the compiled expression, or {@code null} when there are errors
 * @param errors the errors, empty on success
 */
public record Compilation(CompiledExpression compiled, List<ExpressionError> errors) {

  /** Copies the list. */
  public Compilation {
    errors = List.copyOf(errors);
  }

  /** True when compiled without errors. */
  public boolean ok() {
    return compiled != null && errors.isEmpty();
  }
}
