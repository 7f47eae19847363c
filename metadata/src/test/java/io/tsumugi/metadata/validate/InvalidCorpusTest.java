package io.tsumugi.metadata.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code src/test/resources/invalid/<case>.json} must give exactly the problems listed in
 * {@code <case>.expected.tsv}: one line per problem, {@code path TAB code TAB severity TAB
 * messageJa TAB messageEn}, in order. Run with {@code -Dtsumugi.writeExpected=true} to write
 * missing expectation files (then read them before committing).
 */
class InvalidCorpusTest {

  static final Path DIR = Path.of("src/test/resources/invalid");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void invalidDocumentGivesExactlyTheExpectedPathsCodesAndMessages(String name) throws IOException {
    byte[] doc = Files.readAllBytes(DIR.resolve(name + ".json"));
    ValidationReport report = new MetadataValidator().validate(doc);
    String actual =
        report.problems().stream()
            .map(
                p ->
                    String.join(
                        "\t",
                        p.path(),
                        p.code(),
                        p.severity().name(),
                        p.messageJa(),
                        p.messageEn()))
            .collect(Collectors.joining("\n", "", "\n"));
    Path expected = DIR.resolve(name + ".expected.tsv");
    if (!Files.exists(expected) && Boolean.getBoolean("tsumugi.writeExpected")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(report.isValid()).isFalse();
    List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
    assertThat(actual.lines().toList()).isEqualTo(want);
  }
}
