package io.tsumugi.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.api.record.RecordView;
import io.tsumugi.api.record.SimpleRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Course choice against outcomes, counted per student. */
class CourseOutcomesTest {

  private static RecordView path(String student, String type, String outcome) {
    return new SimpleRecord(
        Education.CAREER_PATH,
        null,
        Map.of("student", student, "destination_type", type, "outcome", outcome));
  }

  @Test
  void studentsArePassedOnceEvenWithSeveralPassedExams() {
    var lines =
        CourseOutcomes.summarise(
            Set.of("s1", "s2", "s3"),
            List.of(
                path("s1", "high_school", "passed"),
                path("s1", "high_school", "enrolled"),
                path("s2", "high_school", "failed"),
                path("s3", "high_school", "pending"),
                path("s3", "vocational", "enrolled")));

    assertThat(lines)
        .containsExactly(
            new CourseOutcomes.Line("high_school", 3, 1),
            new CourseOutcomes.Line("vocational", 1, 1));
    assertThat(lines.get(0).ratePercent()).isEqualTo(33);
  }

  @Test
  void pathsOfStudentsOutsideTheCourseAreIgnored() {
    assertThat(
            CourseOutcomes.summarise(Set.of("s1"), List.of(path("other", "university", "passed"))))
        .isEmpty();
  }
}
