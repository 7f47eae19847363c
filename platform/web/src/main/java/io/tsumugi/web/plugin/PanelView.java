package io.tsumugi.web.plugin;

import java.util.List;

/** A plugin panel in the viewer's language, or its error (getters for EL). */
public final class PanelView {

  private final String domId;
  private final String title;
  private final List<String> columns;
  private final List<Row> rows;
  private final String emptyText;
  private final String error;

  PanelView(
      String domId,
      String title,
      List<String> columns,
      List<Row> rows,
      String emptyText,
      String error) {
    this.domId = domId;
    this.title = title;
    this.columns = columns;
    this.rows = rows;
    this.emptyText = emptyText;
    this.error = error;
  }

  public String getDomId() {
    return domId;
  }

  public String getTitle() {
    return title;
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getEmptyText() {
    return emptyText;
  }

  public String getError() {
    return error;
  }

  /** One row: its cells, the first linking to {@code entity}/{@code recordId} when given. */
  public static final class Row {
    private final List<String> cells;
    private final String entity;
    private final String recordId;

    Row(List<String> cells, String entity, String recordId) {
      this.cells = cells;
      this.entity = entity;
      this.recordId = recordId;
    }

    public List<String> getCells() {
      return cells;
    }

    public String getFirst() {
      return cells.isEmpty() ? "" : cells.get(0);
    }

    public List<String> getRest() {
      return cells.size() <= 1 ? List.of() : cells.subList(1, cells.size());
    }

    public String getEntity() {
      return entity;
    }

    public String getRecordId() {
      return recordId;
    }

    public boolean isLink() {
      return entity != null && recordId != null;
    }
  }
}
