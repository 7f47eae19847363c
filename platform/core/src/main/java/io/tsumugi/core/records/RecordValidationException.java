package io.tsumugi.core.records;

import java.util.List;

/** A write refused because of its values; nothing was written. Carries every error found. */
public class RecordValidationException extends RuntimeException {

  private final List<FieldError> errors;

  /** Creates the exception with all the errors. */
  public RecordValidationException(List<FieldError> errors) {
    super(
        errors.size()
            + " error(s): "
            + String.join("; ", errors.stream().map(FieldError::messageEn).toList()));
    this.errors = List.copyOf(errors);
  }

  /** Every error, in field order. */
  public List<FieldError> errors() {
    return errors;
  }
}
