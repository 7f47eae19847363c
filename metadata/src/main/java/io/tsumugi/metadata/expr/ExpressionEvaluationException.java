package io.tsumugi.metadata.expr;

/** Evaluating an expression failed (a bad value, division by zero, an overflow...). */
public final class ExpressionEvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** CEL's own message, e.g. "evaluation error at <input>:6: / by zero". */
  private final String celMessage;

  /** Creates the exception. */
  public ExpressionEvaluationException(String expression, String message, Throwable cause) {
    super(message + " (in: " + expression + ")", cause);
    this.celMessage = message;
  }

  /** CEL's own message, without the expression; {@link ExpressionErrorText#evaluation} reads it. */
  public String celMessage() {
    return celMessage;
  }
}
