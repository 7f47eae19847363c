/**
 * "Review changes": {@link io.tsumugi.admin.review.ReviewView} shows the Planner's plan from the
 * active version to the administrator's draft (each change, its safety, the records its data checks
 * count in the database), applies it with the draft's base version through the metadata applier,
 * and when another administrator applied meanwhile says so and offers to re-plan ({@link
 * io.tsumugi.admin.draft.DraftRebase}).
 */
package io.tsumugi.admin.review;
