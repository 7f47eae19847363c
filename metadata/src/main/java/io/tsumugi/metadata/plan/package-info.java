/**
 * The plan engine: {@link io.tsumugi.metadata.plan.Planner} compares the active package with a
 * proposed one and returns a {@link io.tsumugi.metadata.plan.Plan}, an ordered list of typed {@link
 * io.tsumugi.metadata.plan.Change}s, each classed {@link io.tsumugi.metadata.plan.Safety} and
 * carrying the {@link io.tsumugi.metadata.plan.DataCheck}s the runtime must answer (as structured
 * questions, not SQL) before applying. {@link io.tsumugi.metadata.plan.TypeConversions} is the
 * matrix of field type changes.
 */
package io.tsumugi.metadata.plan;
