package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.extension.FieldNormalizer;
import io.tsumugi.api.extension.FieldRef;
import java.util.Locale;

/** Test extension: upper-cases text fields named {@code code}. */
public class UpperCaseNormalizer implements FieldNormalizer {

  @Override
  public boolean appliesTo(FieldRef field) {
    return field.field().equals("code");
  }

  @Override
  public Object normalize(FieldRef field, Object value) {
    return value.toString().toUpperCase(Locale.ROOT);
  }
}
