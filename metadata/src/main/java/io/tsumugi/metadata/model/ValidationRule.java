package io.tsumugi.metadata.model;

/**
 * A cross-field validation rule: the CEL expression must evaluate to {@code true} for a record to
 * be valid.
 *
 * @param name the API name of the rule
 * @param expression the CEL expression, returning bool
 * @param message the message shown when the rule fails
 * @param field the field the message is attached to, or {@code null} for the record
 * @param severity error (blocks saving) or warning
 * @param active whether the rule is checked
 */
public record ValidationRule(
    String name,
    String expression,
    LocalizedText message,
    String field,
    Severity severity,
    boolean active) {}
