package io.tsumugi.core.schema.runtime;

import java.time.Duration;

/**
 * How to apply a plan.
 *
 * @param force apply even when data checks find records that do not fit (their values are cut or
 *     emptied; old columns are archived)
 * @param confirmDestructive the admin confirmed the destructive changes (deletes, archived columns)
 * @param lockWait how long to wait for another apply to finish
 * @param failAfterChange test hook: fail the apply with a database error after this many changesets
 *     ran ({@code -1}: never)
 * @param failBeforeRecording test hook: fail after the DDL, before the new version is recorded
 * @param pauseAfterChange test hook: sleep this long after the first changeset ran (kill -9 tests)
 */
public record ApplyOptions(
    boolean force,
    boolean confirmDestructive,
    Duration lockWait,
    int failAfterChange,
    boolean failBeforeRecording,
    Duration pauseAfterChange) {

  /** No force, no destructive changes, 30 s lock wait. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(false, false, Duration.ofSeconds(30), -1, false, Duration.ZERO);
  }

  /** A copy that forces data-check failures through and confirms destructive changes. */
  public ApplyOptions forced() {
    return new ApplyOptions(
        true, true, lockWait, failAfterChange, failBeforeRecording, pauseAfterChange);
  }

  /** A copy that confirms destructive changes. */
  public ApplyOptions confirmingDestructive() {
    return new ApplyOptions(
        force, true, lockWait, failAfterChange, failBeforeRecording, pauseAfterChange);
  }

  /** A copy with a failure injected after {@code n} changesets. */
  public ApplyOptions failingAfter(int n) {
    return new ApplyOptions(force, confirmDestructive, lockWait, n, false, pauseAfterChange);
  }

  /** A copy failing just before the version is recorded. */
  public ApplyOptions failingBeforeRecording() {
    return new ApplyOptions(force, confirmDestructive, lockWait, -1, true, pauseAfterChange);
  }

  /** A copy pausing after the first changeset. */
  public ApplyOptions pausingAfterFirstChange(Duration pause) {
    return new ApplyOptions(
        force, confirmDestructive, lockWait, failAfterChange, failBeforeRecording, pause);
  }
}
