package io.tsumugi.web.list;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.preferences.ListPreference;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.QueryException;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
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
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code /r/list.xhtml}: the records of one entity in a lazy table. The chosen list view
 * gives columns, sort and filters; the user may add conditions, choose columns and sort, which are
 * saved per user and restored on return; quick find searches the searchable fields; everything is
 * done by the query service, page by page.
 */
@Named("recordList")
@ViewScoped
public class RecordListView implements ListQuerySource {

  private static final long serialVersionUID = 1L;

  @Inject private Engine engine;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;
  @Inject private Messages messages;

  private String entity;
  private String view;
  private String quickFind;
  private LazyRecordModel model;
  private List<ColumnView> columns;
  private List<String> chosenColumns = new ArrayList<>();
  private final FilterEditor filter = new FilterEditor();
  private SortKey savedSort;
  private String refusal;
  private List<RowView> selected = new ArrayList<>();
  private Long userId;

  /** f:viewAction: fixes the entity, restores the user's saved choices. */
  public void load() {
    EntityDef def = EntityParameter.resolveOrNotFound(engine, entity).orElse(null);
    if (def == null) {
      return;
    }
    userId = caller.get().userId();
    Optional<ListPreference> saved =
        userId == null ? Optional.empty() : engine.listPreferences().find(userId, entity);
    if (saved.isPresent()) {
      ListPreference p = saved.get();
      if (view == null) {
        view = p.view();
      }
      chosenColumns = new ArrayList<>(p.columns());
      // A field deleted since the choice was saved is dropped, not an error on the page.
      filter.replaceAll(
          p.conditions().stream().filter(c -> def.field(c.field()).isPresent()).toList());
      savedSort = p.sortField() == null ? null : new SortKey(p.sortField(), p.sortDescending());
    }
    refresh();
  }

  private void refresh() {
    EntityDef def = entityDef();
    ListView chosen = ListViewChoice.pick(def, view).orElse(null);
    view = chosen == null ? null : chosen.name();
    columns = null;
    selected = new ArrayList<>();
    model = new LazyRecordModel(caller.get(), entity, this);
  }

  /** The list view menu changed. */
  public void changeView() {
    refresh();
    save();
  }

  /** The column menu changed. */
  public void changeColumns() {
    columns = null;
    save();
  }

  /** Adds the condition being typed, when the query service accepts it. */
  public void addCondition() {
    ListPreference.Condition draft = filter.draft();
    if (draft == null) {
      error(messages.get("filter.incomplete"));
      return;
    }
    List<ListPreference.Condition> tried = new ArrayList<>(filter.conditions());
    tried.add(draft);
    try {
      engine.queries().countCapped(caller.get(), entity, filterWith(tried));
    } catch (QueryException e) {
      e.errors().forEach(err -> error(language.isJapanese() ? err.messageJa() : err.messageEn()));
      return;
    }
    filter.replaceAll(tried);
    filter.clearDraft();
    selected = new ArrayList<>();
    save();
  }

  /** Removes the condition at {@code index}. */
  public void removeCondition(int index) {
    if (index >= 0 && index < filter.conditions().size()) {
      filter.conditions().remove(index);
      selected = new ArrayList<>();
      save();
    }
  }

  /** Forgets every choice: list view defaults again. */
  public void resetChoices() {
    filter.replaceAll(List.of());
    chosenColumns = new ArrayList<>();
    savedSort = null;
    quickFind = null;
    if (userId != null) {
      engine.listPreferences().clear(userId, entity);
    }
    refresh();
  }

  private void save() {
    if (userId == null) {
      return;
    }
    engine
        .listPreferences()
        .save(
            userId,
            entity,
            new ListPreference(
                view,
                chosenColumns,
                filter.conditions(),
                savedSort == null ? null : savedSort.field(),
                savedSort != null && savedSort.descending()));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private EntityDef entityDef() {
    return engine.active().entity(entity);
  }

  private EntityViews views() {
    return formats.views(entity);
  }

  @Override
  public Filter currentFilter() {
    return filterWith(filter.conditions());
  }

  private Filter filterWith(List<ListPreference.Condition> conditions) {
    EntityDef def = entityDef();
    return ListFilters.of(
        def, ListViewChoice.pick(def, view).orElse(null), quickFind, conditions, userId);
  }

  @Override
  public List<SortKey> defaultSort() {
    // Keys on fields hidden from the viewer are dropped: their order would tell their values.
    if (savedSort != null && views().field(savedSort.field()).isPresent()) {
      return List.of(savedSort);
    }
    List<SortKey> sort = new ArrayList<>();
    ListViewChoice.pick(entityDef(), view)
        .ifPresent(
            v ->
                v.sort().stream()
                    .filter(s -> views().field(s.field()).isPresent())
                    .forEach(s -> sort.add(new SortKey(s.field(), s.descending()))));
    return sort;
  }

  @Override
  public void refused(QueryException e) {
    refusal =
        e == null
            ? null
            : e.errors().stream()
                .map(err -> language.isJapanese() ? err.messageJa() : err.messageEn())
                .collect(java.util.stream.Collectors.joining(" "));
  }

  /** Why the query service refused this list, shown in place of its rows; null when it did not. */
  public String getRefusal() {
    return refusal;
  }

  @Override
  public void sorted(List<SortKey> sort) {
    if (!sort.isEmpty() && !sort.get(0).equals(savedSort)) {
      savedSort = sort.get(0);
      save();
    }
  }

  /** The callers of the record service for actions on this list. */
  public CallerContext caller() {
    return caller.get();
  }

  public List<ColumnView> getColumns() {
    if (columns == null) {
      EntityDef def = entityDef();
      EntityViews views = views();
      List<FieldDef> chosen = new ArrayList<>();
      chosenColumns.forEach(name -> def.field(name).ifPresent(chosen::add));
      List<FieldDef> fields =
          chosen.isEmpty() ? ListViewChoice.columns(def, ListViewChoice.pick(def, view)) : chosen;
      columns =
          fields.stream().map(field -> column(field, views)).flatMap(Optional::stream).toList();
    }
    return columns;
  }

  /** The first column links to the record. */
  public String getFirstColumn() {
    return getColumns().isEmpty() ? null : getColumns().get(0).getField();
  }

  /** The column of {@code field}, if the viewer may see the field. */
  private static Optional<ColumnView> column(FieldDef field, EntityViews views) {
    Optional<FieldView> shown = views.field(field.name());
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    FieldView fieldView = shown.get();
    boolean numeric =
        switch (field.type()) {
          case INTEGER, DECIMAL, CURRENCY, PERCENT -> true;
          default -> false;
        };
    return Optional.of(
        new ColumnView(field.name(), fieldView.getLabel(), field.sortable(), numeric));
  }

  /** Turns a record into displayed text per column; lookups show the target's name. */
  @Override
  public RowView row(Record record, Map<String, String> names) {
    EntityViews views = views();
    ValueDisplay display = formats.display();
    Map<String, String> cells = new HashMap<>();
    for (ColumnView column : getColumns()) {
      FieldView field = views.field(column.getField()).orElseThrow();
      String text =
          field.getLookupTarget() != null && names.containsKey(column.getField())
              ? names.get(column.getField())
              : display.format(field, record.values().get(column.getField()));
      cells.put(column.getField(), text);
    }
    Object name = entityDef().nameField() == null ? null : record.get(entityDef().nameField());
    return new RowView(record.id(), cells, name == null ? "#" + record.id() : name.toString());
  }

  public List<OptionView> getViews() {
    return entityDef().listViews().stream()
        .map(v -> new OptionView(v.name(), language.text(v.label()), null))
        .toList();
  }

  /** Every field that can be a column, for the column menu. */
  public List<OptionView> getColumnOptions() {
    EntityViews views = views();
    return entityDef().fields().stream()
        .map(f -> views.field(f.name()))
        .flatMap(Optional::stream)
        .map(f -> new OptionView(f.getName(), f.getLabel(), null))
        .toList();
  }

  /** Fields a condition may name. */
  public List<OptionView> getFilterFields() {
    EntityViews views = views();
    return FilterEditor.filterableFields(entityDef()).stream()
        .map(f -> views.field(f.name()))
        .flatMap(Optional::stream)
        .map(f -> new OptionView(f.getName(), f.getLabel(), null))
        .toList();
  }

  public List<OptionView> getOperators() {
    return FilterEditor.OPERATORS.stream()
        .map(op -> new OptionView(op, messages.get("filter.op." + op), null))
        .toList();
  }

  /** The picklist values of the field being filtered on, or none for a text input. */
  public List<OptionView> getFilterValueOptions() {
    return filter.getField() == null
        ? List.of()
        : views().field(filter.getField()).map(FieldView::getOptions).orElse(List.of());
  }

  public boolean isFilterValueNeeded() {
    return !FilterEditor.withoutValue(filter.getOperator());
  }

  /** The conditions in force as their chips read. */
  public List<ConditionView> getConditions() {
    EntityViews views = views();
    ValueDisplay display = formats.display();
    List<ConditionView> out = new ArrayList<>();
    List<ListPreference.Condition> all = filter.conditions();
    for (int i = 0; i < all.size(); i++) {
      ListPreference.Condition c = all.get(i);
      Optional<FieldView> field = views.field(c.field());
      String value =
          c.value() == null
              ? ""
              : field
                  .filter(f -> !f.getOptions().isEmpty())
                  .map(f -> display.format(f, c.value()))
                  .orElse(c.value());
      String text =
          java.text.MessageFormat.format(
              messages.get("filter.chip." + c.operator()),
              field.map(FieldView::getLabel).orElse(c.field()),
              value);
      out.add(new ConditionView(i, text));
    }
    return out;
  }

  /** "10,000+" when the count was capped, the exact count otherwise. */
  public String getCountText() {
    // Rendered after the table, whose lazy model has just counted (one count per request).
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

  public FilterEditor getFilter() {
    return filter;
  }

  public List<String> getChosenColumns() {
    return chosenColumns;
  }

  public void setChosenColumns(List<String> chosenColumns) {
    this.chosenColumns = chosenColumns == null ? new ArrayList<>() : new ArrayList<>(chosenColumns);
  }

  public List<RowView> getSelected() {
    return selected;
  }

  public void setSelected(List<RowView> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
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
