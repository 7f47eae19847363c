package io.tsumugi.admin.listview;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /admin/list-views.xhtml}: the list views of one entity. Picks a view (or a new one),
 * edits its columns, sort keys and filters with the metadata validator's errors shown as they are
 * typed, saves it into the draft or deletes it from the draft.
 */
@Named("listViewEdit")
@ViewScoped
public class ListViewEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The filter operators of the list-view schema, in the order the menu offers them. */
  public static final List<String> OPERATORS =
      List.of(
          "eq",
          "ne",
          "lt",
          "le",
          "gt",
          "ge",
          "contains",
          "starts_with",
          "in",
          "not_in",
          "is_null",
          "is_not_null");

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private String entityName;
  private String entityLabel;
  private String viewName;
  private boolean existing;
  private ListViewForm form = new ListViewForm();
  private String pickedColumn;
  private List<ListViewProblems.Line> problems = List.of();

  /** The view action: opens the view named in the address, or a new one. */
  public String load() {
    Optional<EntityDef> e = entity(drafts.load(caller.loginId()).pkg());
    if (e.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    entityLabel = caller.text(e.get().label());
    Optional<ListView> view =
        e.get().listViews().stream().filter(v -> v.name().equals(viewName)).findFirst();
    existing = view.isPresent();
    form = view.map(ListViewForm::of).orElseGet(ListViewForm::new);
    if (!existing && e.get().nameField() != null) {
      form.addColumn(e.get().nameField());
    }
    if (existing) {
      check(); // a new view shows its problems once something is typed
    }
    return null;
  }

  /** Validates the view as it stands (ajax, after every change). */
  public void check() {
    MetadataPackage pkg = drafts.load(caller.loginId()).pkg();
    Optional<EntityDef> e = entity(pkg);
    if (e.isEmpty()) {
      problems = List.of();
      return;
    }
    ListView view = form.toListView(e.get());
    List<ListView> views = withView(e.get(), view);
    int viewIndex = indexOf(views, view);
    EntityDef changed = e.get().withListViews(views);
    MetadataPackage candidate = DraftEdits.putEntity(pkg, changed);
    int entityIndex = candidate.entities().indexOf(changed);
    problems =
        ListViewProblems.of(candidate, entityIndex, viewIndex, view, f -> fieldLabel(changed, f));
  }

  /** The entity's views with {@code view} in place of the one edited, or added at the end. */
  private List<ListView> withView(EntityDef e, ListView view) {
    List<ListView> out = new ArrayList<>();
    boolean placed = false;
    for (ListView v : e.listViews()) {
      if (existing && v.name().equals(viewName)) {
        out.add(view);
        placed = true;
      } else {
        out.add(v);
      }
    }
    if (!placed) {
      out.add(view);
    }
    return out;
  }

  private static int indexOf(List<ListView> views, ListView view) {
    for (int i = 0; i < views.size(); i++) {
      if (views.get(i) == view) {
        return i;
      }
    }
    return -1;
  }

  public void addColumn() {
    form.addColumn(pickedColumn);
    pickedColumn = null;
    check();
  }

  public void moveColumn(int index, int delta) {
    form.moveColumn(index, delta);
    check();
  }

  public void removeColumn(int index) {
    form.removeColumn(index);
    check();
  }

  public void addSort() {
    form.addSort(firstField());
    check();
  }

  public void removeSort(int index) {
    form.removeSort(index);
    check();
  }

  public void addFilter() {
    form.addFilter(firstField());
    check();
  }

  public void removeFilter(int index) {
    form.removeFilter(index);
    check();
  }

  private String firstField() {
    return entity(drafts.load(caller.loginId()).pkg())
        .map(e -> e.nameField() != null ? e.nameField() : e.fields().get(0).name())
        .orElse(null);
  }

  /** Saves the view into the draft when the validator finds no error. */
  public String save() {
    check();
    if (problems.stream().anyMatch(ListViewProblems.Line::error)) {
      ConsoleMessages.error(null, ConsoleMessages.text("listView.invalid"));
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    Optional<EntityDef> e = entity(copy.pkg());
    if (e.isEmpty()) {
      return null;
    }
    ListView view = form.toListView(e.get());
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            DraftEdits.putEntity(copy.pkg(), e.get().withListViews(withView(e.get(), view))),
            existing ? "listView.changed" : "listView.created",
            entityName + "." + view.name());
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
    return "/admin/list-views?faces-redirect=true&entity=" + entityName + "&view=" + view.name();
  }

  /** Deletes the view from the draft. */
  public String delete() {
    WorkingCopy copy = drafts.load(caller.loginId());
    Optional<EntityDef> e = entity(copy.pkg());
    if (e.isEmpty() || !existing) {
      return null;
    }
    List<ListView> rest =
        e.get().listViews().stream().filter(v -> !v.name().equals(viewName)).toList();
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            DraftEdits.putEntity(copy.pkg(), e.get().withListViews(rest)),
            "listView.deleted",
            entityName + "." + viewName);
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
    return "/admin/list-views?faces-redirect=true&entity=" + entityName;
  }

  private Optional<EntityDef> entity(MetadataPackage pkg) {
    return entityName == null ? Optional.empty() : pkg.entity(entityName);
  }

  private String fieldLabel(EntityDef e, String field) {
    return e.field(field).map(f -> caller.text(f.label())).orElse(field);
  }

  /** The label of a field of this entity. */
  public String fieldLabel(String field) {
    return entity(drafts.load(caller.loginId()).pkg()).map(e -> fieldLabel(e, field)).orElse(field);
  }

  /** The problems in the admin's language, errors first marked as such. */
  public List<String> getProblems() {
    return problems.stream().map(p -> caller.pick(p.ja(), p.en())).toList();
  }

  public boolean isValid() {
    return problems.stream().noneMatch(ListViewProblems.Line::error);
  }

  /** The entity's views in the draft, for the view picker. */
  public List<SelectItem> getViewChoices() {
    return entity(drafts.load(caller.loginId()).pkg())
        .map(
            e ->
                e.listViews().stream()
                    .map(
                        v ->
                            new SelectItem(
                                v.name(), caller.text(v.label()) + " (" + v.name() + ")"))
                    .toList())
        .orElse(List.of());
  }

  public List<SelectItem> getFieldChoices() {
    return entity(drafts.load(caller.loginId()).pkg()).map(caller::fieldChoices).orElse(List.of());
  }

  public List<String> getOperators() {
    return OPERATORS;
  }

  public String getEntityName() {
    return entityName;
  }

  public void setEntityName(String entityName) {
    this.entityName = entityName;
  }

  public String getEntityLabel() {
    return entityLabel;
  }

  public String getViewName() {
    return viewName;
  }

  public void setViewName(String viewName) {
    this.viewName = viewName;
  }

  public boolean isExisting() {
    return existing;
  }

  public ListViewForm getForm() {
    return form;
  }

  public String getPickedColumn() {
    return pickedColumn;
  }

  public void setPickedColumn(String pickedColumn) {
    this.pickedColumn = pickedColumn;
  }
}
