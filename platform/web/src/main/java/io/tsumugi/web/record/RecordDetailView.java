package io.tsumugi.web.record;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.metadata.model.RelatedLists;
import io.tsumugi.web.list.ColumnView;
import io.tsumugi.web.list.RowView;
import io.tsumugi.web.metadata.EntityParameter;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.SectionView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.ScreenCaller;
import io.tsumugi.web.session.UserSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /r/view.xhtml}: one record's fields by its detail layout, lookups as links, and its
 * related lists (child records pointing here), each with a "new" button that fills the lookup.
 */
@Named("recordDetail")
@ViewScoped
public class RecordDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int RELATED_ROWS = 20;

  @Inject private Engine engine;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;
  @Inject private Messages messages;
  @Inject private UserSession session;

  private String entity;
  private Long id;
  // Not kept with the view: read again on each request, so the page never shows stale data.
  private transient Record record;

  public void load() throws IOException {
    if (EntityParameter.resolveOrNotFound(engine, entity).isPresent()) {
      if (record() == null) {
        EntityParameter.notFound();
      } else if (!FacesContext.getCurrentInstance().isPostback()) {
        Long user = caller.get().userId();
        if (user != null) {
          engine.recentRecords().touch(user, entity, id);
        }
      }
    }
  }

  /**
   * The record on the page, read on first use in each request (the field is transient), so a
   * postback such as delete works on the record as it is now saved.
   */
  private Record record() {
    if (record == null && id != null && entity != null) {
      record = engine.records().get(caller.get(), entity, id).orElse(null);
    }
    return record;
  }

  public String delete() {
    if (record() == null) {
      return "/r/list?faces-redirect=true&entity=" + entity;
    }
    try {
      engine.deletion().delete(caller.get(), entity, id, record().version());
    } catch (io.tsumugi.core.access.AccessDeniedException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  language.isJapanese() ? e.messageJa() : e.messageEn(),
                  null));
      return null;
    } catch (RecordValidationException e) {
      FacesContext context = FacesContext.getCurrentInstance();
      e.errors()
          .forEach(
              error -> {
                String text = language.isJapanese() ? error.messageJa() : error.messageEn();
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
              });
      return null;
    }
    return "/r/list?faces-redirect=true&entity=" + entity;
  }

  private EntityViews views(EntityDef def) {
    return formats.views(def.name());
  }

  private ValueDisplay display() {
    return formats.display();
  }

  /** The record's name: the value of the entity's name field. */
  public String getTitle() {
    EntityDef def = engine.active().entity(entity);
    Object name = def.nameField() == null ? null : record().values().get(def.nameField());
    return name == null ? views(def).label() + " #" + id : name.toString();
  }

  public String getEntityLabel() {
    return views(engine.active().entity(entity)).pluralLabel();
  }

  /** Sections of the detail layout with each field's displayed text. */
  public Map<String, List<DetailFieldView>> getSections() {
    EntityDef def = engine.active().entity(entity);
    ValueDisplay display = display();
    Map<String, List<DetailFieldView>> sections = new LinkedHashMap<>();
    for (SectionView section : views(def).detailSections()) {
      List<DetailFieldView> fields = new ArrayList<>();
      for (FieldView field : section.getFields()) {
        Object value = record().values().get(field.getName());
        if (field.getLookupTarget() != null && value != null) {
          long targetId = ((Number) value).longValue();
          fields.add(
              new DetailFieldView(
                  field.getName(),
                  field.getLabel(),
                  nameOf(field.getLookupTarget(), targetId),
                  field.getLookupTarget(),
                  targetId));
        } else {
          fields.add(
              new DetailFieldView(
                  field.getName(), field.getLabel(), display.format(field, value), null, null));
        }
      }
      sections.put(section.getLabel(), fields);
    }
    return sections;
  }

  private String nameOf(String targetEntity, long targetId) {
    EntityDef target = engine.active().entity(targetEntity);
    try {
      return engine
          .records()
          .get(caller.get(), targetEntity, targetId)
          .map(r -> target.nameField() == null ? null : r.values().get(target.nameField()))
          .map(Object::toString)
          .orElse("#" + targetId);
    } catch (io.tsumugi.core.access.AccessDeniedException e) {
      return "#" + targetId; // no read permission on the target: its name is not the user's
    }
  }

  /**
   * Child records pointing at this one, per related list of the layout and per list another entity
   * (a plugin's) contributes through its lookup's {@code relatedListColumns}.
   */
  public List<RelatedListView> getRelatedLists() {
    EntityDef def = engine.active().entity(entity);
    List<RelatedListView> lists = new ArrayList<>();
    for (RelatedList related : RelatedLists.of(engine.active().current().pkg(), def)) {
      lists.add(relatedList(related));
    }
    return lists;
  }

  private RelatedListView relatedList(RelatedList related) {
    EntityDef child = engine.active().entity(related.entity());
    EntityViews childViews = views(child);
    List<String> columnNames =
        related.columns().isEmpty() && child.nameField() != null
            ? List.of(child.nameField())
            : related.columns();
    List<ColumnView> columns = new ArrayList<>();
    for (String name : columnNames) {
      childViews
          .field(name)
          .ifPresent(f -> columns.add(new ColumnView(name, f.getLabel(), false, false)));
    }
    RecordPage page =
        engine
            .queries()
            .query(
                caller.get(),
                related.entity(),
                new RecordQuery(Filter.eq(related.field(), id), List.of(), RELATED_ROWS, 1, null));
    ValueDisplay display = display();
    List<RowView> rows = new ArrayList<>();
    for (Record row : page.records()) {
      Map<String, String> cells = new HashMap<>();
      for (ColumnView column : columns) {
        FieldView field = childViews.field(column.getField()).orElseThrow();
        String lookupName = row.lookupNames().get(column.getField());
        cells.put(
            column.getField(),
            lookupName != null
                ? lookupName
                : display.format(field, row.values().get(column.getField())));
      }
      rows.add(new RowView(row.id(), cells));
    }
    String label =
        related.label() != null ? language.text(related.label()) : childViews.pluralLabel();
    String count =
        page.countCapped()
            ? messages.get("list.countCapped")
            : messages.get("list.count").formatted(page.count());
    return new RelatedListView(related.entity(), related.field(), label, columns, rows, count);
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

  public boolean isFound() {
    return record() != null;
  }

  /** Lookup fields on the child that point at this entity, for prefilled "new" links. */
  static boolean pointsAt(FieldDef field, String entity) {
    return field.isLookup() && entity.equals(field.options().target());
  }
}
