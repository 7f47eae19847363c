package io.tsumugi.metadata.expr;

/**
 * A compile or type error in an expression.
 *
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 * @param message CEL's message (English)
 */
public record ExpressionError(int line, int column, String message) {

  @Override
  public String toString() {
    return line > 0 ? line + ":" + column + ": " + message : message;
  }
}
