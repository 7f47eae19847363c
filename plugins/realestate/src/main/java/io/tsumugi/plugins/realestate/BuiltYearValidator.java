package io.tsumugi.plugins.realestate;

import io.tsumugi.api.PluginContext;
import io.tsumugi.api.extension.RecordValidator;
import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.RecordView;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.pf4j.Extension;

/**
 * A property cannot have been built after this year: a check on today's date, which metadata
 * expressions cannot make. (A property under construction is listed once its year arrives.)
 */
@Extension
public class BuiltYearValidator implements RecordValidator {

  private final PluginContext context;
  private final Clock clock;

  /** With the plugin's texts and the clock of Japan. */
  public BuiltYearValidator(PluginContext context) {
    this(context, Clock.system(ZoneId.of("Asia/Tokyo")));
  }

  BuiltYearValidator(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals(RealEstate.PROPERTY);
  }

  @Override
  public List<FieldError> validate(RecordView property) {
    int thisYear = Year.now(clock).getValue();
    Object built = property.values().get("built_year");
    if (built instanceof Number n && n.longValue() > thisYear) {
      return List.of(
          new FieldError(
              "built_year",
              "realestate.builtYearInFuture",
              context
                  .messages()
                  .get("built.future", String.valueOf(n.longValue()), String.valueOf(thisYear))));
    }
    return List.of();
  }
}
