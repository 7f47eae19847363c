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

  /**
   * Up to 20 records of {@code target} matching {@code query} that {@code caller} may see, as the
   * choices of a lookup autocomplete (record form and bulk edit).
   */
  public static java.util.List<LookupOption> candidates(
      Engine engine,
      CallerContext caller,
      io.tsumugi.metadata.model.EntityDef target,
      String query) {
    return engine.queries().search(caller, target.name(), query, 20).stream()
        .map(r -> new LookupOption(r.id(), nameOf(r.values().get(target.nameField()), r.id())))
        .toList();
  }

  static String nameOf(Object name, long id) {
    return name == null ? "#" + id : name.toString();
  }
}
