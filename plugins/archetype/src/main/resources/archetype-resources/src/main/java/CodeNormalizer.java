package ${package};

import io.tsumugi.api.extension.FieldNormalizer;
import io.tsumugi.api.extension.FieldRef;
import java.text.Normalizer;
import java.util.Locale;

import org.pf4j.Extension;

/** Stores codes half-width and upper-case: ｃ－００１ and C-001 are the same code. */
@Extension
public class CodeNormalizer implements FieldNormalizer {

  @Override
  public boolean appliesTo(FieldRef field) {
    return field.entity().equals("${pluginId}_${entityName}") && field.field().equals("code");
  }

  @Override
  public Object normalize(FieldRef field, Object value) {
    return Normalizer.normalize(value.toString(), Normalizer.Form.NFKC)
        .trim()
        .toUpperCase(Locale.ROOT);
  }
}
