package io.tsumugi.web.list;

import java.io.Serializable;
import java.util.Map;

/** One row of a list: the record id and each column's text as it is displayed. */
public class RowView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Map<String, String> cells;

  public RowView(long id, Map<String, String> cells) {
    this.id = id;
    this.cells = Map.copyOf(cells);
  }

  public long getId() {
    return id;
  }

  /** Column name to displayed text. */
  public Map<String, String> getCells() {
    return cells;
  }
}
