package io.tsumugi.api.extension;

import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.RecordView;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A check on a record that metadata expressions cannot say (a check digit, a lookup into other
 * records through {@link io.tsumugi.api.PluginContext#queries()}).
 *
 * <p>Called after normalisation and after the platform's own checks (types, required, unique,
 * expression rules) on every create and update of an entity for which {@link #appliesTo} is true.
 * Problems from every validator are reported together; any problem stops the save.
 */
public interface RecordValidator extends ExtensionPoint {

  /** Whether this validator checks records of {@code entity}. */
  boolean appliesTo(String entity);

  /** The problems of {@code record}; an empty list when it is valid. */
  List<FieldError> validate(RecordView record);
}
