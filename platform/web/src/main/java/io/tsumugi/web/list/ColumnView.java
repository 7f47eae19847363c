package io.tsumugi.web.list;

import java.io.Serializable;

/** A list column: the field behind it, its header, whether the server can sort on it. */
public class ColumnView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String header;
  private final boolean sortable;
  private final boolean numeric;

  public ColumnView(String field, String header, boolean sortable, boolean numeric) {
    this.field = field;
    this.header = header;
    this.sortable = sortable;
    this.numeric = numeric;
  }

  public String getField() {
    return field;
  }

  public String getHeader() {
    return header;
  }

  public boolean isSortable() {
    return sortable;
  }

  /** Numbers are right-aligned, like in a spreadsheet. */
  public boolean isNumeric() {
    return numeric;
  }
}
