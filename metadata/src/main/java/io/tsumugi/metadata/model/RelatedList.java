package io.tsumugi.metadata.model;

import java.util.List;

/**
 * A list of child records shown on a detail layout.
 *
 * @param entity the child entity
 * @param field the lookup on the child pointing at the record shown
 * @param label the heading, or {@code null} for the child's plural label
 * @param columns the child fields shown
 */
public record RelatedList(String entity, String field, LocalizedText label, List<String> columns) {

  /** Copies the column list. */
  public RelatedList {
    columns = List.copyOf(columns);
  }
}
