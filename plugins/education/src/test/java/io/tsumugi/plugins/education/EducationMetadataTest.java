package io.tsumugi.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin's package, validated like the platform does at install: on top of the standard. */
class EducationMetadataTest {

  private static LoadResult load() {
    return new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())))
        .loadClasspath(new EducationMetadata().packageLocation());
  }

  @Test
  void packageIsValidOnTopOfTheStandardPackage() {
    LoadResult result = load();

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.pkg().namespace()).isEqualTo("education");
  }

  @Test
  void studentsCoursesEnrolmentsAndPathsAreLinkedForAnalysis() {
    var pkg = load().orThrow();

    assertThat(pkg.entities())
        .extracting(EntityDef::name)
        .containsExactly(
            Education.STUDENT, Education.COURSE, Education.ENROLLMENT, Education.CAREER_PATH);
    EntityDef enrollment = pkg.entity(Education.ENROLLMENT).orElseThrow();
    assertThat(enrollment.field("student").orElseThrow().options().target())
        .isEqualTo(Education.STUDENT);
    assertThat(enrollment.field("course").orElseThrow().options().target())
        .isEqualTo(Education.COURSE);
    EntityDef path = pkg.entity(Education.CAREER_PATH).orElseThrow();
    assertThat(path.field("student").orElseThrow().options().target()).isEqualTo(Education.STUDENT);
    assertThat(path.label().ja()).isEqualTo("進路");
    assertThat(path.label().en()).isEqualTo("Later path");
  }
}
