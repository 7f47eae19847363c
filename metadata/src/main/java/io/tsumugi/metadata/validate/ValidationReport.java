package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a document, in the order found (JSON Schema problems first, then semantic
 * ones).
 *
 * @param problems the problems
 */
public record ValidationReport(List<MetadataProblem> problems) {

  /** A report without problems. */
  public static final ValidationReport OK = new ValidationReport(List.of());

  /** Copies the list. */
  public ValidationReport {
    problems = List.copyOf(problems);
  }

  /** True when no problem is an error (warnings do not block). */
  public boolean isValid() {
    return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
  }

  /** The errors. */
  public List<MetadataProblem> errors() {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }

  /** The warnings. */
  public List<MetadataProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
  }

  /** The problems with a given code. */
  public List<MetadataProblem> withCode(String code) {
    return problems.stream().filter(p -> p.code().equals(code)).toList();
  }

  @Override
  public String toString() {
    return problems.isEmpty()
        ? "valid"
        : problems.stream().map(MetadataProblem::toString).collect(Collectors.joining("\n"));
  }
}
