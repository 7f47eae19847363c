package io.tsumugi.web.preview;

import io.tsumugi.admin.layout.LayoutPreviews;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.web.list.ColumnView;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.SectionView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.record.DetailFieldView;
import io.tsumugi.web.record.RelatedListView;
import io.tsumugi.web.session.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code /admin/preview.xhtml}: the entity's form or record page as the layout editor has it
 * now (its working package, kept in the session), else as the active metadata has it. A new record:
 * empty inputs, empty values, related lists without rows.
 */
@Named("layoutPreview")
@RequestScoped
public class LayoutPreviewView {

  @Inject private LayoutPreviews previews;
  @Inject private Engine engine;
  @Inject private ViewerLanguage language;
  @Inject private Messages messages;

  private String entity;
  private String mode = "form";
  private MetadataPackage pkg;
  private EntityDef def;

  /** Reads the package to preview; leaves {@link #isFound()} false for an unknown entity. */
  public void load() {
    pkg =
        Optional.ofNullable(entity)
            .flatMap(previews::get)
            .map(json -> new MetadataLoader().loadJson(json))
            .filter(LoadResult::isValid)
            .map(LoadResult::pkg)
            .orElse(engine.active().current().pkg());
    def = entity == null ? null : pkg.entity(entity).orElse(null);
  }

  private EntityViews views() {
    return new EntityViews(pkg, def, language.isJapanese());
  }

  public boolean isFound() {
    return def != null;
  }

  public List<SectionView> getFormSections() {
    return views().formSections();
  }

  /** The detail sections as the record page shows them, every value empty. */
  public Map<String, List<DetailFieldView>> getDetailSections() {
    Map<String, List<DetailFieldView>> sections = new LinkedHashMap<>();
    for (SectionView section : views().detailSections()) {
      List<DetailFieldView> fields = new ArrayList<>();
      for (FieldView f : section.getFields()) {
        fields.add(new DetailFieldView(f.getName(), f.getLabel(), "", null, null));
      }
      sections.put(section.getLabel(), fields);
    }
    return sections;
  }

  /** The related lists with their headings and columns, no rows yet. */
  public List<RelatedListView> getRelatedLists() {
    List<RelatedListView> lists = new ArrayList<>();
    for (RelatedList related : def.layouts().relatedLists()) {
      Optional<EntityDef> child = pkg.entity(related.entity());
      if (child.isEmpty()) {
        continue;
      }
      EntityViews childViews = new EntityViews(pkg, child.get(), language.isJapanese());
      List<ColumnView> columns = new ArrayList<>();
      for (String name : related.columns()) {
        childViews
            .field(name)
            .ifPresent(f -> columns.add(new ColumnView(name, f.getLabel(), false, false)));
      }
      String label =
          related.label() != null ? language.text(related.label()) : childViews.pluralLabel();
      lists.add(
          new RelatedListView(
              related.entity(),
              related.field(),
              label,
              columns,
              List.of(),
              messages.get("list.count").formatted(0)));
    }
    return lists;
  }

  /** The form's title as the end user sees it for a new record. */
  public String getFormTitle() {
    return messages.get("form.new").formatted(views().label());
  }

  public String getEntityLabel() {
    return views().pluralLabel();
  }

  public String getLabel() {
    return views().label();
  }

  /** Empty values: a new record. */
  public Map<String, Object> getValues() {
    return new HashMap<>();
  }

  public PreviewForm getForm() {
    return new PreviewForm();
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = "detail".equals(mode) ? "detail" : "form";
  }
}
