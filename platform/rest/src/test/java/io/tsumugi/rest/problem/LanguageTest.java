package io.tsumugi.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void takesTheFirstOfJapaneseOrEnglishInTheCallersOrder() {
    assertThat(Language.of(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("en-US"))))
        .isEqualTo(Language.EN);
    assertThat(Language.of(List.of(Locale.forLanguageTag("ja-JP"), Locale.ENGLISH)))
        .isEqualTo(Language.JA);
  }

  @Test
  void fallsBackToJapaneseWhenNeitherIsAsked() {
    assertThat(Language.of(List.of(Locale.forLanguageTag("de")))).isEqualTo(Language.JA);
    assertThat(Language.of(List.of())).isEqualTo(Language.JA);
  }

  @Test
  void problemDocumentCarriesTheFieldErrorsInTheChosenLanguage() {
    ApiException e =
        ApiException.invalid(List.of(new FieldError("email", "format", "形式が違います", "Bad format")));
    var doc = Problems.document(e, Language.EN, "/api/v1/records/contact");
    assertThat(doc.path("status").asInt()).isEqualTo(422);
    assertThat(doc.path("type").asText()).isEqualTo(Problems.TYPE_BASE + "validation.failed");
    assertThat(doc.path("errors").get(0).path("message").asText()).isEqualTo("Bad format");
    assertThat(
            Problems.document(e, Language.JA, null).path("errors").get(0).path("message").asText())
        .isEqualTo("形式が違います");
  }
}
