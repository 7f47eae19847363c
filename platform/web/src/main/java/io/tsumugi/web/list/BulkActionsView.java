package io.tsumugi.web.list;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.records.ConcurrentEditException;
import io.tsumugi.core.records.FieldErrorsException;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordDeletion;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.OptionView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.record.LookupConverter;
import io.tsumugi.web.record.LookupOption;
import io.tsumugi.web.record.ViewerFormats;
import io.tsumugi.web.session.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk edit and bulk delete of the rows selected on {@code /r/list.xhtml}. Each record goes through
 * the record service (or the deletion) on its own, so its rules apply; a refused record keeps its
 * value and its errors are listed under its name, the others are saved.
 */
@Named("bulk")
@ViewScoped
public class BulkActionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Engine engine;
  @Inject private RecordListView list;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private Messages messages;

  private String field;
  private String value;
  private LookupOption lookupValue;

  /** Fields a bulk edit may set: stored, typed in (lookups too), not a multi-picklist. */
  static boolean editable(FieldDef f) {
    return f.isStored()
        && !f.type().isComputed()
        && f.type() != FieldType.AUTONUMBER
        && f.type() != FieldType.MULTIPICKLIST;
  }

  /** The chosen field when it is a lookup: its value is picked from the target's records. */
  private Optional<EntityDef> lookupTarget() {
    if (field == null || field.isEmpty()) {
      return Optional.empty();
    }
    return engine
        .active()
        .entity(list.getEntity())
        .field(field)
        .filter(FieldDef::isLookup)
        .map(f -> engine.active().entity(f.options().target()));
  }

  public boolean isLookupChosen() {
    return lookupTarget().isPresent();
  }

  /**
   * Records of the chosen lookup's target for the autocomplete, searched as the viewer (so only
   * records they may see are offered).
   */
  public List<LookupOption> lookupCandidates(String query) {
    return lookupTarget()
        .map(target -> LookupConverter.candidates(engine, list.caller(), target, query))
        .orElse(List.of());
  }

  /** Reads a picked id back through the record service (a forged id is refused). */
  public LookupConverter getLookupConverter() {
    EntityDef target = lookupTarget().orElse(engine.active().entity(list.getEntity()));
    return new LookupConverter(target.name(), target.nameField(), list.caller());
  }

  public List<OptionView> getFields() {
    EntityDef def = engine.active().entity(list.getEntity());
    EntityViews views = formats.views(list.getEntity());
    return def.fields().stream()
        .filter(BulkActionsView::editable)
        .map(f -> views.field(f.name()))
        .flatMap(Optional::stream)
        .filter(f -> !f.isReadOnly()) // fields the viewer may only read
        .map(f -> new OptionView(f.getName(), f.getLabel(), null))
        .toList();
  }

  /** The chosen field's picklist values (or yes/no), or none for a text input. */
  public List<OptionView> getValueOptions() {
    Optional<FieldView> f =
        field == null ? Optional.empty() : formats.views(list.getEntity()).field(field);
    if (f.isEmpty()) {
      return List.of();
    }
    if ("boolean".equals(f.get().getType())) {
      return List.of(
          new OptionView("true", messages.get("value.yes"), null),
          new OptionView("false", messages.get("value.no"), null));
    }
    return f.get().getOptions();
  }

  /** Sets the chosen field on every selected record. */
  public void apply() {
    if (field == null || field.isEmpty()) {
      message(FacesMessage.SEVERITY_ERROR, messages.get("bulk.chooseField"));
      return;
    }
    Object newValue;
    if (isLookupChosen()) {
      newValue = lookupValue == null ? null : lookupValue.getId();
    } else {
      newValue = value == null || value.isBlank() ? null : value.strip();
    }
    int saved = 0;
    for (RowView row : list.getSelected()) {
      try {
        Optional<Record> current =
            engine.records().get(list.caller(), list.getEntity(), row.getId());
        if (current.isEmpty()) {
          continue;
        }
        Map<String, Object> change = new HashMap<>();
        change.put(field, newValue);
        engine
            .records()
            .update(list.caller(), list.getEntity(), row.getId(), current.get().version(), change);
        saved++;
      } catch (FieldErrorsException e) {
        e.errors()
            .forEach(
                err -> rowError(row, language.isJapanese() ? err.messageJa() : err.messageEn()));
      } catch (io.tsumugi.core.access.AccessDeniedException e) {
        rowError(row, language.isJapanese() ? e.messageJa() : e.messageEn());
      } catch (ConcurrentEditException e) {
        rowError(row, messages.get("form.conflict"));
      }
    }
    message(FacesMessage.SEVERITY_INFO, messages.get("bulk.saved").formatted(saved));
    list.setSelected(List.of());
  }

  /** Deletes every selected record that nothing still points at. */
  public void delete() {
    RecordDeletion deletion = new RecordDeletion(engine.dataSource(), engine.active());
    int deleted = 0;
    for (RowView row : list.getSelected()) {
      try {
        Optional<Record> current =
            engine.records().get(list.caller(), list.getEntity(), row.getId());
        if (current.isPresent()) {
          deletion.delete(list.caller(), list.getEntity(), row.getId(), current.get().version());
          deleted++;
        }
      } catch (FieldErrorsException e) {
        e.errors()
            .forEach(
                err -> rowError(row, language.isJapanese() ? err.messageJa() : err.messageEn()));
      } catch (io.tsumugi.core.access.AccessDeniedException e) {
        rowError(row, language.isJapanese() ? e.messageJa() : e.messageEn());
      } catch (ConcurrentEditException e) {
        rowError(row, messages.get("form.conflict"));
      }
    }
    message(FacesMessage.SEVERITY_INFO, messages.get("bulk.deleted").formatted(deleted));
    list.setSelected(List.of());
  }

  private void rowError(RowView row, String text) {
    message(FacesMessage.SEVERITY_ERROR, row.getName() + ": " + text);
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** "3 selected". */
  public String getSelectedText() {
    return messages.get("bulk.selected").formatted(list.getSelected().size());
  }

  public boolean isAnySelected() {
    return !list.getSelected().isEmpty();
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public LookupOption getLookupValue() {
    return lookupValue;
  }

  public void setLookupValue(LookupOption lookupValue) {
    this.lookupValue = lookupValue;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
