package io.tsumugi.admin.entity;

/** One line of an entity's validation rule table. */
public final class RuleRow {

  private final String name;
  private final String expression;
  private final String message;
  private final String severity;
  private final boolean active;

  RuleRow(String name, String expression, String message, String severity, boolean active) {
    this.name = name;
    this.expression = expression;
    this.message = message;
    this.severity = severity;
    this.active = active;
  }

  public String getName() {
    return name;
  }

  public String getExpression() {
    return expression;
  }

  public String getMessage() {
    return message;
  }

  /** {@code error} or {@code warning}. */
  public String getSeverity() {
    return severity;
  }

  public boolean isActive() {
    return active;
  }
}
