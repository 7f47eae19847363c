package io.tsumugi.web.record;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.FieldErrorsException;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.ScreenCaller;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * Quick create from a lookup on {@code /r/edit.xhtml}: a dialog with the target entity's required
 * fields; the record is created through the record service and chosen in the lookup at once.
 * Offered only when none of the target's required fields is itself a lookup.
 */
@Named("quickCreate")
@ViewScoped
public class QuickCreateView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Engine engine;
  @Inject private RecordFormView form;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;
  @Inject private Messages messages;

  private String field;
  private String target;
  private final Map<String, String> values = new HashMap<>();

  /** Whether the lookup {@code lookupField} of the form's entity offers quick create. */
  public boolean offered(String lookupField) {
    EntityDef def = engine.active().entity(form.getEntity());
    return def.field(lookupField)
        .filter(FieldDef::isLookup)
        .map(f -> engine.active().current().pkg().entity(f.options().target()).orElse(null))
        .map(QuickCreateView::simple)
        .orElse(false);
  }

  static boolean simple(EntityDef target) {
    return target.fields().stream()
        .filter(f -> f.required() && f.isStored())
        .noneMatch(f -> f.isLookup() || f.type().isComputed());
  }

  /** Opens the dialog for the lookup {@code lookupField}. */
  public void open(String lookupField) {
    field = lookupField;
    target =
        engine
            .active()
            .entity(form.getEntity())
            .field(lookupField)
            .orElseThrow()
            .options()
            .target();
    values.clear();
  }

  /** The target's required fields, in the order of its definition. */
  public List<FieldView> getFields() {
    if (target == null) {
      return List.of();
    }
    EntityViews views = formats.views(target);
    return engine.active().entity(target).fields().stream()
        .filter(f -> f.required() && f.isStored() && f.defaultValue() == null)
        .map(f -> views.field(f.name()))
        .flatMap(Optional::stream)
        .toList();
  }

  /** "New 取引先". */
  public String getTitle() {
    return target == null ? "" : messages.get("form.new").formatted(formats.views(target).label());
  }

  /** Creates the record; on success it becomes the lookup's value and the dialog closes. */
  public void save() {
    Map<String, Object> input = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            input.put(name, value.strip());
          }
        });
    try {
      Record created = engine.records().create(caller.get(), target, input);
      EntityDef def = engine.active().entity(target);
      Object name = def.nameField() == null ? null : created.get(def.nameField());
      form.getValues()
          .put(field, new LookupOption(created.id(), LookupConverter.nameOf(name, created.id())));
      PrimeFaces.current().ajax().update("form:" + field);
      PrimeFaces.current().executeScript("PF('quickCreateDialog').hide()");
    } catch (FieldErrorsException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      e.errors()
          .forEach(
              err ->
                  context.addMessage(
                      null,
                      new FacesMessage(
                          FacesMessage.SEVERITY_ERROR,
                          language.isJapanese() ? err.messageJa() : err.messageEn(),
                          null)));
    }
  }

  public Map<String, String> getValues() {
    return values;
  }
}
