package io.tsumugi.metadata.expr;

/**
 * A compile or type error in an expression. Serializable, so a view-scoped page can keep it.
 *
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 * @param message CEL's message (English; {@link ExpressionErrorText} puts it into Japanese)
 */
public record ExpressionError(int line, int column, String message)
    implements java.io.Serializable {

  @Override
  public String toString() {
    return line > 0 ? line + ":" + column + ": " + message : message;
  }
}
