package io.tsumugi.metadata.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostileDocumentTest {

  private final MetadataValidator validator = new MetadataValidator();

  private static final String MINIMAL =
      """
      {"$schema":"https://tsumugi.io/schema/metadata/package/1.0","namespace":"std","version":"1.0.0",
       "entities":[{"id":"c","name":"customer","label":{"ja":"顧客","en":"Customer"},
         "pluralLabel":{"ja":"顧客","en":"Customers"},"nameField":"title",
         "fields":[{"id":"f","name":"title","label":{"ja":"件名","en":"Title"},"type":"text"%s}]}]}
      """;

  @Test
  void minimalPackageIsValid() {
    assertThat(validator.validate(MINIMAL.formatted("")).problems()).isEmpty();
  }

  @Test
  void invalidUtf8IsAProblemNotAnException() {
    byte[] bytes = MINIMAL.formatted("").getBytes(StandardCharsets.UTF_8);
    bytes[60] = (byte) 0xC3;
    bytes[61] = (byte) 0x28;
    ValidationReport r = validator.validate(bytes);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("document.invalidUtf8");
              assertThat(p.messageJa()).contains("UTF-8", "60");
              assertThat(p.messageEn()).contains("byte 60");
            });
  }

  @Test
  void deepNestingIsRefusedBeforeATreeIsBuilt() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    long start = System.nanoTime();
    ValidationReport r = validator.validate(deep);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("document.tooDeep");
              assertThat(p.path()).startsWith("/0/0/0");
              assertThat(p.messageJa()).contains("64");
            });
  }

  @Test
  void documentOverFiveMegabytesIsRefused() {
    String huge = "{\"namespace\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";
    assertThat(validator.validate(huge).problems())
        .extracting(MetadataProblem::code)
        .containsExactly("document.tooLarge");
  }

  @Test
  void hugeStringsAreCutByTheSchemaLimitsWithAClearMessage() {
    String doc = MINIMAL.formatted(",\"help\":{\"ja\":\"" + "長".repeat(100_000) + "\"}");
    ValidationReport r = validator.validate(doc);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("/entities/0/fields/0/help/ja");
              assertThat(p.code()).isEqualTo("schema.maxLength");
              assertThat(p.messageEn()).contains("at most 1000 characters", "100000");
            });
  }

  @Test
  void repeatedPropertyNamesAreRefused() {
    assertThat(validator.validate("{\"namespace\":\"a\",\"namespace\":\"b\"}").problems())
        .extracting(MetadataProblem::code)
        .containsExactly("document.duplicateKey");
  }

  @Test
  void brokenJsonNamesLineAndColumn() {
    ValidationReport r = validator.validate("{\n  \"namespace\": \"std\",,\n}");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("document.invalidJson");
              assertThat(p.messageEn()).contains("2:");
            });
  }

  @Test
  void refInAnInstanceDocumentIsJustAnUnknownProperty() {
    String doc = MINIMAL.formatted(",\"$ref\":\"https://example.invalid/evil.json#/a\"");
    assertThat(validator.validate(doc).problems())
        .extracting(MetadataProblem::path, MetadataProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/entities/0/fields/0/$ref", "schema.additionalProperties"));
  }

  @Test
  void aRootThatIsNotAnObjectIsReported() {
    assertThat(validator.validate("[1,2]").problems())
        .extracting(MetadataProblem::code)
        .containsExactly("document.notAnObject");
    assertThat(validator.validate("").problems())
        .extracting(MetadataProblem::code)
        .containsExactly("document.empty");
  }

  @Test
  void catastrophicBacktrackingPatternCompilesAndMatchesInLinearTime() {
    String doc = MINIMAL.formatted(",\"options\":{\"pattern\":\"^(a+)+$\"}");
    assertThat(validator.validate(doc).problems()).isEmpty();
    long start = System.nanoTime();
    boolean matches = com.google.re2j.Pattern.matches("^(a+)+$", "a".repeat(10_000) + "!");
    assertThat(matches).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void numbersWithHugeExponentsAreRefusedWithoutExpandingThem() {
    ValidationReport r = validator.validate("{\"version\": 1E999999999}");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("document.numberOutOfRange");
              assertThat(p.path()).isEqualTo("/version");
            });
    assertThat(
            validator
                .validate(
                    "{\"v\": 3E00000000000000000000000000000000000000000000003074457345618258602}")
                .problems())
        .extracting(MetadataProblem::code)
        .containsExactly("document.numberOutOfRange");
  }
}
