package io.tsumugi.metadata.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects problems; checks add to it and never stop at the first one. */
public final class ProblemSink {
  private final List<MetadataProblem> problems = new ArrayList<>();

  /** Adds an error. */
  public void error(String path, String code, String ja, String en) {
    problems.add(MetadataProblem.error(path, code, ja, en));
  }

  /** Adds a warning. */
  public void warning(String path, String code, String ja, String en) {
    problems.add(MetadataProblem.warning(path, code, ja, en));
  }

  /** Adds a problem. */
  public void add(MetadataProblem problem) {
    problems.add(problem);
  }

  /** Adds problems. */
  public void addAll(List<MetadataProblem> more) {
    problems.addAll(more);
  }

  /** True when an error has been added. */
  public boolean hasErrors() {
    return !new ValidationReport(problems).isValid();
  }

  /** The report of everything added so far. */
  public ValidationReport report() {
    return new ValidationReport(problems);
  }
}
