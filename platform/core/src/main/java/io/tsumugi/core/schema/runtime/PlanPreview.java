package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.plan.Plan;
import java.util.List;

/**
 * A plan shown before applying: the changes, the counts of records each data check concerns, and
 * the version it was made on (to pass back to {@link MetadataApplier#apply}).
 *
 * @param baseVersion the active version the plan was made on
 * @param plan the plan
 * @param answers the data checks and their counts
 */
public record PlanPreview(int baseVersion, Plan plan, List<DataCheckAnswer> answers) {}
