package io.tsumugi.plugins.autodealer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.api.extension.FieldRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 登録番号 as people type them, and what is stored. */
class RegistrationNumberTest {

  private final RegistrationNumberNormalizer normalizer = new RegistrationNumberNormalizer();
  private final FieldRef plate = new FieldRef(AutoDealer.VEHICLE, "registration_number", "text");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "品川 300 さ 12-34        | 品川 300 さ 12-34",
        "品川300さ1234            | 品川 300 さ 12-34",
        "品川３００さ１２－３４    | 品川 300 さ 12-34",
        "品川　３００　サ　１２ー３４ | 品川 300 さ 12-34",
        "  練馬  500  わ  1      | 練馬 500 わ ・・・1",
        "横浜 33 れ ・・12       | 横浜 33 れ ・・12",
        "名古屋 330 あ 123        | 名古屋 330 あ ・123",
        "尾張小牧 30A な 99-01    | 尾張小牧 30A な 99-01",
        "富士山 500 は 0012       | 富士山 500 は ・・12",
      })
  void platesAreBroughtToTheirCanonicalForm(String typed, String stored) {
    assertThat(normalizer.normalize(plate, typed)).isEqualTo(stored);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ABC          | ABC",
        "品川 300 12-34 | 品川 300 12-34",
        "品川 300 さ 12345 | 品川 300 さ 12345",
        "品川 300 さ 0000 | 品川 300 さ 0000",
        "ｼﾅｶﾞﾜ   1    | シナガワ 1",
      })
  void whatIsNotAPlateKeepsItsTextWithTidySpacing(String typed, String stored) {
    assertThat(normalizer.normalize(plate, typed)).isEqualTo(stored);
    assertThat(RegistrationNumber.canonical(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"品川３００さ１２３４", "練馬 500 わ 1", "ｼﾅｶﾞﾜ 1"})
  void normalisingTwiceChangesNothing(String typed) {
    Object once = normalizer.normalize(plate, typed);

    assertThat(normalizer.normalize(plate, once)).isEqualTo(once);
  }

  @ParameterizedTest
  @CsvSource({
    "autodealer_vehicle, registration_number, true",
    "autodealer_vehicle, model_name, false",
    "contact, registration_number, false"
  })
  void appliesOnlyToTheVehiclesRegistrationNumber(String entity, String field, boolean applies) {
    assertThat(normalizer.appliesTo(new FieldRef(entity, field, "text"))).isEqualTo(applies);
  }
}
