package io.tsumugi.plugins.autodealer;

import io.tsumugi.api.PluginContext;
import io.tsumugi.api.extension.RecordValidator;
import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.RecordView;
import java.util.List;
import org.pf4j.Extension;

/** Refuses a 登録番号 that the normaliser could not read as a plate. */
@Extension
public class RegistrationNumberValidator implements RecordValidator {

  private final PluginContext context;

  /** Built by the platform with the plugin's context (for its messages). */
  public RegistrationNumberValidator(PluginContext context) {
    this.context = context;
  }

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals(AutoDealer.VEHICLE);
  }

  @Override
  public List<FieldError> validate(RecordView record) {
    return record
        .value("registration_number")
        .map(Object::toString)
        .filter(plate -> RegistrationNumber.canonical(plate).isEmpty())
        .map(
            plate ->
                List.of(
                    new FieldError(
                        "registration_number",
                        "autodealer.plate_invalid",
                        context.messages().get("plate.invalid", plate))))
        .orElse(List.of());
  }
}
