package io.tsumugi.core.records;

import java.util.List;

/** A write refused because of its values; nothing was written. Carries every error found. */
public class RecordValidationException extends FieldErrorsException {

  /** Creates the exception with all the errors. */
  public RecordValidationException(List<FieldError> errors) {
    super(errors);
  }
}
