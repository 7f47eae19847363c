package io.tsumugi.web.record;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.CallerContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;

/**
 * Converts a lookup autocomplete's submitted id back into the target record (id and name), reading
 * it through the record service so that a forged id of a record that does not exist is refused.
 */
public class LookupConverter implements Converter<LookupOption>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String targetEntity;
  private final String nameField;
  private final CallerContext caller;

  public LookupConverter(String targetEntity, String nameField, CallerContext caller) {
    this.targetEntity = targetEntity;
    this.nameField = nameField;
    this.caller = caller;
  }

  @Override
  public LookupOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    long id;
    try {
      id = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new ConverterException("Not a record id: " + value);
    }
    Engine engine = CDI.current().select(Engine.class).get();
    return engine
        .records()
        .get(caller, targetEntity, id)
        .map(r -> new LookupOption(id, nameOf(r.values().get(nameField), id)))
        .orElseThrow(() -> new ConverterException("No " + targetEntity + " with id " + id));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LookupOption value) {
    return value == null ? "" : Long.toString(value.getId());
  }

  /** The name shown for a target record: its name field, or {@code #id} when it has none. */
  public static String nameOf(Object name, long id) {
    return name == null ? "#" + id : name.toString();
  }
}
