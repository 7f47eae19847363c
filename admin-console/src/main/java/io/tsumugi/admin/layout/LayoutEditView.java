package io.tsumugi.admin.layout;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftEdits;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /admin/layout.xhtml}: the form and detail layouts of one entity (sections, columns,
 * field placement by drag and drop or buttons, related lists) with a live preview rendered by the
 * end-user pages. Saving stages the layouts into the administrator's draft.
 */
@Named("layoutEdit")
@ViewScoped
public class LayoutEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;
  @Inject private transient LayoutPreviews previews;

  private String entityName;
  private String entityLabel;
  private List<String> fieldNames = List.of();
  private LayoutDraft form = new LayoutDraft();
  private LayoutDraft detail = new LayoutDraft();
  private boolean detailSameAsForm = true;
  private String target = "form";
  private final List<RelatedDraft> related = new ArrayList<>();
  private String newSectionJa;
  private String newSectionEn;
  private String pickedField;
  private int pickedSection;
  private String pickedChild;
  private String arrangement;
  private String previewMode = "form";
  private int previewRevision;

  /** The view action: reads the entity's layouts from the draft. */
  public String load() {
    Optional<EntityDef> found = entity(drafts.load(caller.loginId()).pkg());
    if (found.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    EntityDef e = found.get();
    entityLabel = caller.text(e.label());
    fieldNames = e.fields().stream().map(FieldDef::name).toList();
    Layouts layouts = e.layouts();
    form = LayoutDraft.of(layouts.formSections());
    if (form.getSections().isEmpty()) {
      // What the end user sees without a layout: one section with every field.
      form = LayoutDraft.of(List.of(new LayoutSection(e.label(), 2, false, fieldNames)));
    }
    // The metadata keeps related lists under the detail layout, so a detail page "like the form"
    // with related lists is stored as a copy of the form's sections.
    detailSameAsForm =
        layouts.detailSections().isEmpty()
            || layouts.detailSections().equals(layouts.formSections());
    detail = detailSameAsForm ? LayoutDraft.copyOf(form) : LayoutDraft.of(layouts.detailSections());
    related.clear();
    layouts.relatedLists().forEach(r -> related.add(RelatedDraft.of(r)));
    refreshPreview();
    return null;
  }

  /** The layout the page edits now: the form's, or the detail page's own. */
  public LayoutDraft getCurrent() {
    return "detail".equals(target) && !detailSameAsForm ? detail : form;
  }

  /** Switching "detail same as form" off starts the detail layout as a copy of the form. */
  public void detailModeChanged() {
    if (!detailSameAsForm) {
      detail = LayoutDraft.copyOf(form);
      target = "detail";
    } else {
      target = "form";
    }
    refreshPreview();
  }

  public void addSection() {
    if ((newSectionJa == null || newSectionJa.isBlank())
        && (newSectionEn == null || newSectionEn.isBlank())) {
      ConsoleMessages.error("layout:newSectionJa", ConsoleMessages.text("layout.sectionLabel"));
      return;
    }
    getCurrent().addSection(newSectionJa, newSectionEn);
    newSectionJa = null;
    newSectionEn = null;
    refreshPreview();
  }

  public void moveSection(int index, int delta) {
    getCurrent().moveSection(index, delta);
    refreshPreview();
  }

  public void removeSection(int index) {
    getCurrent().removeSection(index);
    refreshPreview();
  }

  /** Places the field picked among the unplaced ones into the picked section (button fallback). */
  public void place() {
    if (pickedField != null && fieldNames.contains(pickedField)) {
      getCurrent().place(pickedField, pickedSection);
      pickedField = null;
      refreshPreview();
    }
  }

  public void moveField(String field, int delta) {
    getCurrent().moveField(field, delta);
    refreshPreview();
  }

  public void moveFieldToSection(String field, int delta) {
    getCurrent().moveFieldToSection(field, delta);
    refreshPreview();
  }

  public void unplace(String field) {
    getCurrent().unplace(field);
    refreshPreview();
  }

  /**
   * Takes what a drag and drop left on the page: the sections' fields separated by {@code |}, the
   * names in each by {@code ,} (see layout.js in the page).
   */
  public void arrange() {
    if (arrangement == null) {
      return;
    }
    List<List<String>> perSection = new ArrayList<>();
    for (String section : arrangement.split("\\|", -1)) {
      perSection.add(section.isEmpty() ? List.of() : Arrays.asList(section.split(",")));
    }
    getCurrent().arrange(perSection, fieldNames);
    arrangement = null;
    refreshPreview();
  }

  /** Adds a related list of the picked child lookup, showing the child's name field. */
  public void addRelated() {
    if (pickedChild == null || !pickedChild.contains(".")) {
      return;
    }
    String[] key = pickedChild.split("\\.", 2);
    MetadataPackage pkg = drafts.load(caller.loginId()).pkg();
    Optional<EntityDef> child = pkg.entity(key[0]);
    if (child.isEmpty() || child.get().field(key[1]).isEmpty()) {
      return;
    }
    String first =
        child.get().nameField() != null
            ? child.get().nameField()
            : child.get().fields().get(0).name();
    related.add(new RelatedDraft(key[0], key[1], null, null, List.of(first)));
    pickedChild = null;
    refreshPreview();
  }

  public void moveRelated(int index, int delta) {
    int to = index + delta;
    if (index >= 0 && index < related.size() && to >= 0 && to < related.size()) {
      Collections.swap(related, index, to);
      refreshPreview();
    }
  }

  public void removeRelated(int index) {
    if (index >= 0 && index < related.size()) {
      related.remove(index);
      refreshPreview();
    }
  }

  /** Re-renders the preview after a label, column count or related-list column was changed. */
  public void refreshPreview() {
    WorkingCopy copy = drafts.load(caller.loginId());
    entity(copy.pkg())
        .ifPresent(
            e ->
                previews.put(
                    entityName,
                    PackageWriter.toJsonString(
                        DraftEdits.putEntity(copy.pkg(), e.withLayouts(layouts(true))))));
    previewRevision++;
  }

  /** Stages both layouts and the related lists into the draft, validated first. */
  public String save() {
    List<Integer> empty = new ArrayList<>(form.emptySections());
    if (!detailSameAsForm) {
      empty.addAll(detail.emptySections());
    }
    if (!empty.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("layout.emptySection", empty.get(0)));
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    Optional<EntityDef> e = entity(copy.pkg());
    if (e.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("entity.notFound", entityName));
      return null;
    }
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            DraftEdits.putEntity(copy.pkg(), e.get().withLayouts(layouts(false))),
            "layout.changed",
            entityName);
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("draft.saved"));
    return "/admin/entity?faces-redirect=true&entity=" + entityName;
  }

  /** The layouts as edited; for the preview, sections still empty are left out. */
  private Layouts layouts(boolean forPreview) {
    List<LayoutSection> formSections = withoutEmpty(form.toSections(), forPreview);
    List<LayoutSection> detailSections =
        !detailSameAsForm
            ? withoutEmpty(detail.toSections(), forPreview)
            : related.isEmpty() ? List.of() : formSections;
    return new Layouts(
        formSections, detailSections, related.stream().map(RelatedDraft::toRelatedList).toList());
  }

  private static List<LayoutSection> withoutEmpty(List<LayoutSection> s, boolean drop) {
    return drop ? s.stream().filter(x -> !x.fields().isEmpty()).toList() : s;
  }

  private Optional<EntityDef> entity(MetadataPackage pkg) {
    return entityName == null ? Optional.empty() : pkg.entity(entityName);
  }

  /** The label of a field of this entity, for the chips of the editor. */
  public String fieldLabel(String field) {
    return LayoutChoices.fieldLabel(drafts.load(caller.loginId()).pkg(), entityName, field, caller);
  }

  /** The label of a field of a child entity (related list columns). */
  public String childFieldLabel(String child, String field) {
    return LayoutChoices.fieldLabel(drafts.load(caller.loginId()).pkg(), child, field, caller);
  }

  /** A related list's title in the editor: "Child: Lookup", as in the choice it was added from. */
  public String relatedTitle(RelatedDraft r) {
    return LayoutChoices.relatedTitle(drafts.load(caller.loginId()).pkg(), r, caller);
  }

  /** The fields of the child entity of a related list, as column choices. */
  public List<SelectItem> childFieldChoices(String child) {
    return drafts
        .load(caller.loginId())
        .pkg()
        .entity(child)
        .map(caller::fieldChoices)
        .orElse(List.of());
  }

  public List<String> getUnplaced() {
    return getCurrent().unplaced(fieldNames);
  }

  /** The sections of the current layout as choices "1. heading". */
  public List<SelectItem> getSectionChoices() {
    List<SelectItem> out = new ArrayList<>();
    List<SectionDraft> sections = getCurrent().getSections();
    for (int i = 0; i < sections.size(); i++) {
      SectionDraft s = sections.get(i);
      String label = caller.japanese() && s.getLabelJa() != null ? s.getLabelJa() : s.getLabelEn();
      out.add(new SelectItem(i, (i + 1) + ". " + (label == null ? "" : label)));
    }
    return out;
  }

  public List<SelectItem> getChildChoices() {
    return LayoutChoices.children(drafts.load(caller.loginId()).pkg(), entityName, caller);
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

  public boolean isDetailSameAsForm() {
    return detailSameAsForm;
  }

  public void setDetailSameAsForm(boolean detailSameAsForm) {
    this.detailSameAsForm = detailSameAsForm;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = "detail".equals(target) ? "detail" : "form";
  }

  public List<RelatedDraft> getRelated() {
    return related;
  }

  public String getNewSectionJa() {
    return newSectionJa;
  }

  public void setNewSectionJa(String newSectionJa) {
    this.newSectionJa = newSectionJa;
  }

  public String getNewSectionEn() {
    return newSectionEn;
  }

  public void setNewSectionEn(String newSectionEn) {
    this.newSectionEn = newSectionEn;
  }

  public String getPickedField() {
    return pickedField;
  }

  public void setPickedField(String pickedField) {
    this.pickedField = pickedField;
  }

  public int getPickedSection() {
    return pickedSection;
  }

  public void setPickedSection(int pickedSection) {
    this.pickedSection = pickedSection;
  }

  public String getPickedChild() {
    return pickedChild;
  }

  public void setPickedChild(String pickedChild) {
    this.pickedChild = pickedChild;
  }

  public String getArrangement() {
    return arrangement;
  }

  public void setArrangement(String arrangement) {
    this.arrangement = arrangement;
  }

  public String getPreviewMode() {
    return previewMode;
  }

  public void setPreviewMode(String previewMode) {
    this.previewMode = "detail".equals(previewMode) ? "detail" : "form";
  }

  /** Changes with every edit, so the preview frame's address changes and it reloads. */
  public int getPreviewRevision() {
    return previewRevision;
  }
}
