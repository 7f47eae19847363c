package io.tsumugi.metadata.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;

/**
 * Fuzzes the loader and validator with arbitrary bytes. In the normal build it runs in regression
 * mode over the seeds in {@code MetadataFuzzTestInputs/loaderAndValidatorNeverThrow/} (resources);
 * run {@code JAZZER_FUZZ=1 ./mvnw -pl metadata test -Dtest=MetadataFuzzTest} to fuzz for real.
 * Whatever the input, no exception may escape: every problem must be a reported problem.
 */
class MetadataFuzzTest {

  private static final MetadataLoader ALONE = new MetadataLoader();
  private static final MetadataLoader ON_STANDARD =
      new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())));

  @FuzzTest(maxDuration = "30s")
  void loaderAndValidatorNeverThrow(byte[] input) {
    LoadResult alone = ALONE.loadJson(input);
    LoadResult onStandard = ON_STANDARD.loadJson(input);
    assertThat(alone.report()).isNotNull();
    assertThat(onStandard.report()).isNotNull();
    if (alone.pkg() != null) {
      // Whatever was read tolerantly can be written, planned against and validated again.
      MetadataPackage pkg = alone.pkg();
      PackageWriter.toJsonString(pkg);
      new MetadataValidator().validate(pkg);
      if (alone.isValid()) {
        assertThat(Planner.plan(pkg, pkg).changes()).isEmpty();
        Planner.plan(MetadataPackage.empty("std"), pkg);
        Planner.plan(pkg, MetadataPackage.empty("std"));
      }
    }
  }
}
