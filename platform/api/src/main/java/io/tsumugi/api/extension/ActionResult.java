package io.tsumugi.api.extension;

import io.tsumugi.api.LocalizedMessage;
import java.util.Objects;

/**
 * What an action tells the user once it ran.
 *
 * @param success whether it did what it should
 * @param message the text shown, ja and en
 */
public record ActionResult(boolean success, LocalizedMessage message) {

  /** The message is required. */
  public ActionResult {
    Objects.requireNonNull(message, "message");
  }

  /** A success with {@code message}. */
  public static ActionResult done(LocalizedMessage message) {
    return new ActionResult(true, message);
  }

  /** A failure with {@code message}. */
  public static ActionResult failed(LocalizedMessage message) {
    return new ActionResult(false, message);
  }
}
