package io.tsumugi.web.metadata;

import java.io.Serializable;
import java.util.List;

/** A section of a form or detail layout: its title, column count and fields in order. */
public class SectionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String label;
  private final int columns;
  private final List<FieldView> fields;

  public SectionView(String label, int columns, List<FieldView> fields) {
    this.label = label;
    this.columns = Math.max(1, Math.min(columns, 3));
    this.fields = List.copyOf(fields);
  }

  public String getLabel() {
    return label;
  }

  public int getColumns() {
    return columns;
  }

  public List<FieldView> getFields() {
    return fields;
  }
}
