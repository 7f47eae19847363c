package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.plan.Plan;
import java.util.List;

/**
 * What an apply did.
 *
 * @param versionNo the version now active (the base version when the plan was empty)
 * @param plan the plan applied
 * @param answers the data checks and their counts
 * @param millis how long the apply took
 */
public record ApplyResult(int versionNo, Plan plan, List<DataCheckAnswer> answers, long millis) {}
