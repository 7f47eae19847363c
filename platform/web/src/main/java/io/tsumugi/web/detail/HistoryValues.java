package io.tsumugi.web.detail;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.schema.runtime.ColumnTypes;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.record.ValueDisplay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns a value as the field history stores it (text) back into what the screens show: picklist
 * labels, yen, dates in the viewer's zone, a lookup's name.
 */
final class HistoryValues {

  private final Engine engine;
  private final CallerContext caller;
  private final ValueDisplay display;

  HistoryValues(Engine engine, CallerContext caller, ValueDisplay display) {
    this.engine = engine;
    this.caller = caller;
    this.display = display;
  }

  String text(FieldView field, String stored) {
    if (stored == null || stored.isEmpty()) {
      return "";
    }
    try {
      return switch (field.getType()) {
        case "date" -> display.format(field, LocalDate.parse(stored));
        case "datetime" -> display.format(field, Instant.parse(stored));
        case "boolean" -> display.format(field, Boolean.valueOf(stored));
        case "multipicklist" ->
            display.format(field, List.of(stored.split(ColumnTypes.MULTI_SEPARATOR)));
        case "lookup" -> lookupName(field.getLookupTarget(), Long.parseLong(stored));
        default -> display.format(field, stored);
      };
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return stored; // written by an older field type: show it as it was stored
    }
  }

  private String lookupName(String target, long id) {
    EntityDef def = engine.active().entity(target);
    return engine
        .records()
        .get(caller, target, id)
        .map(r -> def.nameField() == null ? null : r.get(def.nameField()))
        .map(Object::toString)
        .orElse("#" + id);
  }
}
