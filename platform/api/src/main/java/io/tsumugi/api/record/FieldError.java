package io.tsumugi.api.record;

import io.tsumugi.api.LocalizedMessage;
import java.util.Objects;

/**
 * One problem with a record, shown next to the field it concerns.
 *
 * @param field the field's API name, or {@code null} for a problem with the whole record
 * @param code a stable machine-readable code, e.g. {@code realestate.rent_below_fee}
 * @param message what is wrong and how to fix it, in Japanese and English
 */
public record FieldError(String field, String code, LocalizedMessage message) {

  /** The code and message are required. */
  public FieldError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
