package io.tsumugi.metadata.expr;

/** Evaluating an expression failed (a bad value, division by zero, an overflow...). */
public final class ExpressionEvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ExpressionEvaluationException(String expression, String message, Throwable cause) {
    super(message + " (in: " + expression + ")", cause);
  }
}
