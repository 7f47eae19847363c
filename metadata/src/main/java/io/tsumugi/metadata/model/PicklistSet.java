package io.tsumugi.metadata.model;

import java.util.List;

/**
 * A global, reusable picklist value set, referenced by name from picklist fields.
 *
 * @param name the API name of the set
 * @param label the label of the set
 * @param values the values in display order
 */
public record PicklistSet(String name, LocalizedText label, List<PicklistValue> values) {

  /** Creates a set, copying the list. */
  public PicklistSet {
    values = List.copyOf(values);
  }
}
