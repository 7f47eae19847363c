package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import java.util.List;

/**
 * A query refused before it reached the database: an unknown field, a field that cannot be filtered
 * or sorted on, a value of the wrong type, a bad cursor. Carries every problem found, in ja/en.
 */
public class QueryException extends RuntimeException {

  private final List<FieldError> errors;

  /** Creates the exception with all the errors. */
  public QueryException(List<FieldError> errors) {
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
