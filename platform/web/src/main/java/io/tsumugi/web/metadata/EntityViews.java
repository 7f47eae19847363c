package io.tsumugi.web.metadata;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the view models of an entity's screens from its metadata, in one language. Plain Java so
 * that it is tested without a server.
 */
public final class EntityViews {

  private final MetadataPackage pkg;
  private final EntityDef entity;
  private final boolean japanese;

  public EntityViews(MetadataPackage pkg, EntityDef entity, boolean japanese) {
    this.pkg = pkg;
    this.entity = entity;
    this.japanese = japanese;
  }

  public String label() {
    return ViewerLanguage.pick(entity.label(), japanese);
  }

  public String pluralLabel() {
    return ViewerLanguage.pick(entity.pluralLabel(), japanese);
  }

  /**
   * The form's sections as the layout orders them; without a layout, one section with every field
   * an end user can type into or read.
   */
  public List<SectionView> formSections() {
    return sections(entity.layouts().formSections());
  }

  /** The detail page's sections; the form's layout when the entity has no detail layout. */
  public List<SectionView> detailSections() {
    List<LayoutSection> detail = entity.layouts().detailSections();
    return sections(detail.isEmpty() ? entity.layouts().formSections() : detail);
  }

  public Optional<FieldView> field(String name) {
    return entity.field(name).map(this::view);
  }

  private List<SectionView> sections(List<LayoutSection> layout) {
    if (layout.isEmpty()) {
      List<FieldView> all = entity.fields().stream().map(this::view).toList();
      return List.of(new SectionView(label(), 2, all));
    }
    List<SectionView> sections = new ArrayList<>();
    for (LayoutSection section : layout) {
      List<FieldView> fields =
          section.fields().stream()
              .map(entity::field)
              .flatMap(Optional::stream)
              .map(this::view)
              .toList();
      sections.add(
          new SectionView(
              ViewerLanguage.pick(section.label(), japanese), section.columns(), fields));
    }
    return sections;
  }

  FieldView view(FieldDef field) {
    List<OptionView> options =
        field.type().isPicklist()
            ? pkg.picklistValues(field).stream()
                .filter(PicklistValue::active)
                .sorted(
                    Comparator.comparing(v -> v.order() == null ? Integer.MAX_VALUE : v.order()))
                .map(
                    v ->
                        new OptionView(
                            v.value(), ViewerLanguage.pick(v.label(), japanese), v.color()))
                .toList()
            : List.of();
    return new FieldView(
        field,
        ViewerLanguage.pick(field.label(), japanese),
        ViewerLanguage.pick(field.help(), japanese),
        options);
  }
}
