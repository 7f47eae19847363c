package io.tsumugi.web.record;

import io.tsumugi.web.list.ColumnView;
import io.tsumugi.web.list.RowView;
import java.io.Serializable;
import java.util.List;

/** A related list on a detail page: the child entity, the lookup pointing here, its rows. */
public class RelatedListView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String field;
  private final String label;
  private final List<ColumnView> columns;
  private final List<RowView> rows;
  private final String countText;

  public RelatedListView(
      String entity,
      String field,
      String label,
      List<ColumnView> columns,
      List<RowView> rows,
      String countText) {
    this.entity = entity;
    this.field = field;
    this.label = label;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.countText = countText;
  }

  public String getEntity() {
    return entity;
  }

  /** The child's lookup field that points at the record on the page. */
  public String getField() {
    return field;
  }

  public String getLabel() {
    return label;
  }

  public List<ColumnView> getColumns() {
    return columns;
  }

  public String getFirstColumn() {
    return columns.isEmpty() ? null : columns.get(0).getField();
  }

  public List<RowView> getRows() {
    return rows;
  }

  public String getCountText() {
    return countText;
  }
}
