package io.tsumugi.admin.listview;

import java.io.Serializable;

/** One sort key being edited: the field and {@code asc} or {@code desc}. */
public class SortRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String field;
  private String direction = "asc";

  SortRow(String field, String direction) {
    this.field = field;
    this.direction = direction;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = "desc".equals(direction) ? "desc" : "asc";
  }
}
