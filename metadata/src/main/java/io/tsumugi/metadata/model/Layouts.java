package io.tsumugi.metadata.model;

import java.util.List;

/**
 * The layouts of an entity.
 *
 * @param formSections sections of the create/edit form (empty: the runtime lists every field)
 * @param detailSections sections of the record page (empty: same as the form)
 * @param relatedLists related lists shown on the record page
 */
public record Layouts(
    List<LayoutSection> formSections,
    List<LayoutSection> detailSections,
    List<RelatedList> relatedLists) {

  /** No layouts: the runtime falls back to every field in document order. */
  public static final Layouts NONE = new Layouts(List.of(), List.of(), List.of());

  /** Copies the lists. */
  public Layouts {
    formSections = List.copyOf(formSections);
    detailSections = List.copyOf(detailSections);
    relatedLists = List.copyOf(relatedLists);
  }
}
