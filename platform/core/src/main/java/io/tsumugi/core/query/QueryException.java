package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.FieldErrorsException;
import java.util.List;

/**
 * A query refused before it reached the database: an unknown field, a field that cannot be filtered
 * or sorted on, a value of the wrong type, a bad cursor. Carries every problem found, in ja/en.
 */
public class QueryException extends FieldErrorsException {

  /** Creates the exception with all the errors. */
  public QueryException(List<FieldError> errors) {
    super(errors);
  }
}
