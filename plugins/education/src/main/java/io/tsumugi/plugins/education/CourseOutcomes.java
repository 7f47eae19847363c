package io.tsumugi.plugins.education;

import io.tsumugi.api.record.RecordView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Course choice against outcomes: for the students of one course, per destination type, how many
 * students have a later path recorded and how many passed (or enrolled).
 */
public final class CourseOutcomes {

  /**
   * One line of the summary.
   *
   * @param destinationType the {@code destination_type} value
   * @param students the students with a path of this type
   * @param passed those of them who passed or enrolled at least once
   */
  public record Line(String destinationType, int students, int passed) {

    /** Passed over students, in whole percent. */
    public int ratePercent() {
      return students == 0 ? 0 : Math.round(100f * passed / students);
    }
  }

  private CourseOutcomes() {}

  /** Summarises {@code paths} (career path records) of the course's {@code studentIds}. */
  public static List<Line> summarise(Collection<String> studentIds, List<RecordView> paths) {
    Map<String, Set<String>> withPath = new TreeMap<>();
    Map<String, Set<String>> passed = new TreeMap<>();
    for (RecordView path : paths) {
      String student = path.value("student").map(Object::toString).orElse(null);
      if (student == null || !studentIds.contains(student)) {
        continue;
      }
      String type = path.value("destination_type").map(Object::toString).orElse("unknown");
      withPath.computeIfAbsent(type, t -> new HashSet<>()).add(student);
      String outcome = path.value("outcome").map(Object::toString).orElse("");
      if (outcome.equals("passed") || outcome.equals("enrolled")) {
        passed.computeIfAbsent(type, t -> new HashSet<>()).add(student);
      }
    }
    return withPath.entrySet().stream()
        .map(
            e ->
                new Line(
                    e.getKey(),
                    e.getValue().size(),
                    passed.getOrDefault(e.getKey(), Set.of()).size()))
        .toList();
  }
}
