package io.tsumugi.api.record;

import java.util.List;

/** Thrown by {@link RecordService} when a record cannot be saved; carries every problem found. */
public class RecordValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, never empty. */
  private final transient List<FieldError> errors;

  /** Creates the exception from the problems found. */
  public RecordValidationException(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid record" : errors.get(0).message().en());
    this.errors = List.copyOf(errors);
  }

  /** Every problem found, in field order. */
  public List<FieldError> errors() {
    return errors;
  }
}
