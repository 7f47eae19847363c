package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.validate.MetadataProblem;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ordered changes that turn the active package into the proposed one, and the changes refused
 * outright (e.g. picklist to integer), which make the plan inapplicable.
 *
 * @param changes the changes, in the order to apply them
 * @param refusals why the plan cannot be applied; empty when it can
 */
public record Plan(List<Change> changes, List<MetadataProblem> refusals) {

  /** Copies the lists. */
  public Plan {
    changes = List.copyOf(changes);
    refusals = List.copyOf(refusals);
  }

  /** True when there is nothing to do. */
  public boolean isEmpty() {
    return changes.isEmpty() && refusals.isEmpty();
  }

  /** True when nothing was refused. */
  public boolean isApplicable() {
    return refusals.isEmpty();
  }

  /** The most harmful class among the changes (SAFE for an empty plan). */
  public Safety overallSafety() {
    return changes.stream().map(Change::safety).max(Comparator.naturalOrder()).orElse(Safety.SAFE);
  }

  /** Every data check of every change, in order. */
  public List<DataCheck> dataChecks() {
    return changes.stream().flatMap(c -> c.dataChecks().stream()).toList();
  }

  /** The changes of one kind. */
  public List<Change> ofKind(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  @Override
  public String toString() {
    return changes.stream().map(Change::toString).collect(Collectors.joining("\n"))
        + (refusals.isEmpty() ? "" : "\nREFUSED:\n" + refusals);
  }
}
