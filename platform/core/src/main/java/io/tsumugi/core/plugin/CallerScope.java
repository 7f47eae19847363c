package io.tsumugi.core.plugin;

import io.tsumugi.core.records.CallerContext;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The user on whose behalf a plugin's extension runs, so the record and query services a plugin
 * gets through its context act with that user's rights. Set around each extension call.
 */
public final class CallerScope {

  private static final ThreadLocal<CallerContext> CURRENT = new ThreadLocal<>();

  private CallerScope() {}

  /** Runs {@code work} as {@code caller}, restoring the previous caller afterwards. */
  public static <R> R as(CallerContext caller, Supplier<R> work) {
    CallerContext previous = CURRENT.get();
    CURRENT.set(caller);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The caller of the extension running on this thread, if any. */
  static Optional<CallerContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
