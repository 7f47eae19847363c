package io.tsumugi.web.list;

import java.io.Serializable;
import java.util.Map;

/** One row of a list: the record id, its name and each column's text as it is displayed. */
public class RowView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Map<String, String> cells;
  private final String name;

  public RowView(long id, Map<String, String> cells) {
    this(id, cells, "#" + id);
  }

  /** A row that also knows its record's name, for messages about it. */
  public RowView(long id, Map<String, String> cells, String name) {
    this.id = id;
    this.cells = Map.copyOf(cells);
    this.name = name;
  }

  /** The record's name (its name field), for messages such as a bulk edit's errors. */
  public String getName() {
    return name;
  }

  public long getId() {
    return id;
  }

  /** Column name to displayed text. */
  public Map<String, String> getCells() {
    return cells;
  }
}
