package io.tsumugi.web.record;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.ConcurrentEditException;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.web.metadata.EntityParameter;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.SectionView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.ScreenCaller;
import io.tsumugi.web.session.UserSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /r/edit.xhtml}: creates or edits one record of any entity. Everything is checked by
 * the record service; its errors come back next to their fields in the viewer's language, and what
 * was typed stays in the form.
 */
@Named("recordForm")
@ViewScoped
public class RecordFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Engine engine;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;
  @Inject private Messages messages;
  @Inject private UserSession session;

  private String entity;
  private Long id;
  private long version;
  private boolean conflict;
  private final Map<String, Object> values = new HashMap<>();

  /** Called once per view (f:viewAction): loads the record being edited, if any. */
  public void load() throws IOException {
    EntityDef def = EntityParameter.resolveOrNotFound(engine, entity).orElse(null);
    if (def == null) {
      return;
    }
    if (id == null) {
      def.fields().stream()
          .filter(field -> field.defaultValue() != null)
          .forEach(field -> values.put(field.name(), field.defaultValue()));
      prefillLookupsFromRequest(def);
      return;
    }
    Record record = engine.records().get(caller.get(), entity, id).orElse(null);
    if (record == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(404, entity + "/" + id);
      return;
    }
    values.clear();
    values.putAll(FormValues.fromRecord(record.values(), ZoneId.of(session.getTimeZone())));
    def.fields().stream()
        .filter(FieldDef::isLookup)
        .filter(field -> values.get(field.name()) instanceof Number)
        .forEach(
            field ->
                values.put(
                    field.name(),
                    lookupOption(field, ((Number) values.get(field.name())).longValue())));
    version = record.version();
  }

  /** "New" from a related list passes the parent, e.g. {@code ?entity=contact&account=42}. */
  private void prefillLookupsFromRequest(EntityDef def) {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    for (FieldDef field : def.fields()) {
      String param = params.get(field.name());
      if (field.isLookup() && param != null && param.matches("\\d{1,18}")) {
        values.put(field.name(), lookupOption(field, Long.parseLong(param)));
      }
    }
  }

  private LookupOption lookupOption(FieldDef field, long targetId) {
    return lookupConverter(field.name()).getAsObject(null, null, Long.toString(targetId));
  }

  /** The converter of one lookup field's autocomplete. */
  public LookupConverter lookupConverter(String field) {
    FieldDef def = engine.active().entity(entity).field(field).orElseThrow();
    EntityDef target = engine.active().entity(def.options().target());
    return new LookupConverter(target.name(), target.nameField(), caller.get());
  }

  /** Candidates for the lookup autocomplete asking (its {@code lookupField} attribute). */
  public List<LookupOption> lookupCandidates(String query) {
    String field =
        (String)
            UIComponent.getCurrentComponent(FacesContext.getCurrentInstance())
                .getAttributes()
                .get("lookupField");
    FieldDef def = engine.active().entity(entity).field(field).orElseThrow();
    EntityDef target = engine.active().entity(def.options().target());
    return LookupConverter.candidates(engine, caller.get(), target, query);
  }

  public String save() {
    Map<String, Object> input =
        FormValues.toRecord(values, views().formSections(), ZoneId.of(session.getTimeZone()));
    try {
      Record saved =
          id == null
              ? engine.records().create(caller.get(), entity, input)
              : engine.records().update(caller.get(), entity, id, version, input);
      return "/r/view?faces-redirect=true&entity=" + entity + "&id=" + saved.id();
    } catch (RecordValidationException e) {
      showNextToFields(e.errors());
      return null;
    } catch (io.tsumugi.core.access.AccessDeniedException e) {
      refused(language.isJapanese() ? e.messageJa() : e.messageEn());
      return null;
    } catch (io.tsumugi.core.access.RecordNotVisibleException e) {
      refused(messages.get("access.notFound"));
      return null;
    } catch (ConcurrentEditException e) {
      conflict = true;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get("form.conflict"), null));
      return null;
    }
  }

  private static void refused(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Throws away this form's edits and shows the record as it is now saved. */
  public String reload() {
    return "/r/edit?faces-redirect=true&entity=" + entity + "&id=" + id;
  }

  /** Phone and postal code: shows the canonical form as soon as the field is left. */
  public void normalize(String field) {
    Object raw = values.get(field);
    if (raw != null) {
      values.put(field, engine.records().normalize(entity, field, raw));
    }
  }

  private void showNextToFields(List<FieldError> errors) {
    FacesContext context = FacesContext.getCurrentInstance();
    boolean japanese = language.isJapanese();
    for (FieldError error : errors) {
      String text = japanese ? error.messageJa() : error.messageEn();
      String clientId =
          error.field() != null && views().field(error.field()).isPresent()
              ? "form:" + error.field()
              : null;
      context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    context.validationFailed();
  }

  private EntityViews views() {
    return formats.views(entity);
  }

  public List<SectionView> getSections() {
    return views().formSections();
  }

  public String getTitle() {
    EntityViews views = views();
    return id == null
        ? messages.get("form.new").formatted(views.label())
        : messages.get("form.edit").formatted(views.label());
  }

  public String getEntityLabel() {
    return views().pluralLabel();
  }

  public Map<String, Object> getValues() {
    return values;
  }

  public String display(String field) {
    return formats.display().format(views().field(field).orElseThrow(), values.get(field));
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** For tests of this class's helpers: the values in display order. */
  Map<String, Object> orderedValues() {
    return new LinkedHashMap<>(values);
  }
}
