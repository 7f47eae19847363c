package io.tsumugi.metadata.plan;

/** How a change treats existing data. Ordered from harmless to harmful. */
public enum Safety {
  /** Cannot lose or invalidate data. */
  SAFE,
  /** Safe only if the data passes the change's {@link DataCheck}s (show the counts first). */
  NEEDS_DATA_CHECK,
  /** Removes data from use (archived until purged); needs explicit confirmation. */
  DESTRUCTIVE
}
