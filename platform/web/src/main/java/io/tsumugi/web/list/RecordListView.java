package io.tsumugi.web.list;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.web.metadata.EntityParameter;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.OptionView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.record.ValueDisplay;
import io.tsumugi.web.record.ViewerFormats;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.ScreenCaller;
import io.tsumugi.web.session.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /r/list.xhtml}: the records of one entity in a lazy table. The chosen list view
 * gives columns, sort and filters; quick find searches the searchable fields; everything is done by
 * the query service, page by page.
 */
@Named("recordList")
@ViewScoped
public class RecordListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Engine engine;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;
  @Inject private Messages messages;
  @Inject private UserSession session;

  private String entity;
  private String view;
  private String quickFind;
  private LazyRecordModel model;
  private List<ColumnView> columns;

  /** f:viewAction: fixes the entity and list view for the life of this page. */
  public void load() {
    EntityDef def = EntityParameter.resolveOrNotFound(engine, entity).orElse(null);
    if (def == null) {
      return;
    }
    ListView chosen = ListViewChoice.pick(def, view).orElse(null);
    view = chosen == null ? null : chosen.name();
    columns = null;
    model = new LazyRecordModel(engine, caller.get(), entity, view, this::quickFind, this::row);
  }

  private EntityDef entityDef() {
    return engine.active().entity(entity);
  }

  private String quickFind() {
    return quickFind;
  }

  private EntityViews views() {
    return formats.views(entity);
  }

  public List<ColumnView> getColumns() {
    if (columns == null) {
      EntityDef def = entityDef();
      EntityViews views = views();
      columns =
          ListViewChoice.columns(def, ListViewChoice.pick(def, view)).stream()
              .map(field -> column(field, views))
              .toList();
    }
    return columns;
  }

  /** The first column links to the record. */
  public String getFirstColumn() {
    return getColumns().isEmpty() ? null : getColumns().get(0).getField();
  }

  private static ColumnView column(FieldDef field, EntityViews views) {
    FieldView fieldView = views.field(field.name()).orElseThrow();
    boolean numeric =
        switch (field.type()) {
          case INTEGER, DECIMAL, CURRENCY, PERCENT -> true;
          default -> false;
        };
    return new ColumnView(field.name(), fieldView.getLabel(), field.sortable(), numeric);
  }

  /** Turns a record into displayed text per column; lookups show the target's name. */
  private RowView row(io.tsumugi.core.records.Record record, java.util.Map<String, String> names) {
    EntityViews views = views();
    ValueDisplay display = formats.display();
    java.util.Map<String, String> cells = new java.util.HashMap<>();
    for (ColumnView column : getColumns()) {
      FieldView field = views.field(column.getField()).orElseThrow();
      String text =
          field.getLookupTarget() != null && names.containsKey(column.getField())
              ? names.get(column.getField())
              : display.format(field, record.values().get(column.getField()));
      cells.put(column.getField(), text);
    }
    return new RowView(record.id(), cells);
  }

  public List<OptionView> getViews() {
    return entityDef().listViews().stream()
        .map(v -> new OptionView(v.name(), language.text(v.label()), null))
        .toList();
  }

  /** "10,000+" when the count was capped, the exact count otherwise. */
  public String getCountText() {
    return model.isCountCapped()
        ? messages.get("list.countCapped")
        : messages.get("list.count").formatted(model.getRowCount());
  }

  public String getTitle() {
    return views().pluralLabel();
  }

  public boolean isPipeline() {
    return entityDef().pipelineField() != null;
  }

  public Optional<String> pipelineField() {
    return Optional.ofNullable(entityDef().pipelineField());
  }

  public LazyRecordModel getModel() {
    return model;
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getQuickFind() {
    return quickFind;
  }

  public void setQuickFind(String quickFind) {
    this.quickFind = quickFind;
  }
}
