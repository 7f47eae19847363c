package io.tsumugi.metadata.model;

import java.util.List;

/**
 * A section of a form or detail layout.
 *
 * @param label the section heading
 * @param columns how many columns the fields flow into (1 to 3)
 * @param collapsed whether the section starts collapsed
 * @param fields the fields, in order
 */
public record LayoutSection(
    LocalizedText label, int columns, boolean collapsed, List<String> fields) {

  /** Copies the field list. */
  public LayoutSection {
    fields = List.copyOf(fields);
  }
}
