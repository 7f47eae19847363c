package io.tsumugi.core.records;

import java.util.List;

/**
 * A request refused because of what it asked for, carrying every problem found as (field, code, ja,
 * en). The base of the record service's and the query service's refusals, so callers (screens,
 * REST) show both the same way.
 */
public abstract class FieldErrorsException extends RuntimeException {

  private final List<FieldError> errors;

  protected FieldErrorsException(List<FieldError> errors) {
    super(
        errors.size()
            + " error(s): "
            + String.join("; ", errors.stream().map(FieldError::messageEn).toList()));
    this.errors = List.copyOf(errors);
  }

  /** Every problem, in the order found. */
  public List<FieldError> errors() {
    return errors;
  }
}
