package io.tsumugi.plugins.autodealer;

import io.tsumugi.api.extension.FieldNormalizer;
import io.tsumugi.api.extension.FieldRef;
import org.pf4j.Extension;

/**
 * Brings a vehicle's 登録番号 into its canonical form before it is validated and saved, so that {@code
 * 品川３００さ１２３４} and {@code 品川 300 さ 12-34} are one and the same (and unique).
 */
@Extension
public class RegistrationNumberNormalizer implements FieldNormalizer {

  @Override
  public boolean appliesTo(FieldRef field) {
    return field.entity().equals(AutoDealer.VEHICLE) && field.field().equals("registration_number");
  }

  @Override
  public Object normalize(FieldRef field, Object value) {
    String text = value.toString();
    return RegistrationNumber.canonical(text).orElseGet(() -> RegistrationNumber.tidy(text));
  }
}
