package io.tsumugi.api.extension;

import io.tsumugi.api.LocalizedMessage;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DetailPanel} shows: a titled table. The platform renders and escapes it (a plugin
 * never writes HTML), so a panel looks like the rest of the screen on a laptop and a phone.
 *
 * @param title the panel's heading
 * @param columns the column headings
 * @param rows the rows, each with one cell per column
 * @param emptyText shown instead of the table when there are no rows
 */
public record PanelContent(
    LocalizedMessage title,
    List<LocalizedMessage> columns,
    List<Row> rows,
    LocalizedMessage emptyText) {

  /** Copies the lists; checks that every row has one cell per column. */
  public PanelContent {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(emptyText, "emptyText");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.cells().size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /**
   * One row: its cells as text, and optionally the record it stands for (the row links to it).
   *
   * @param cells the cell texts, in column order
   * @param entity the linked record's entity, or {@code null}
   * @param recordId the linked record's id, or {@code null}
   */
  public record Row(List<String> cells, String entity, String recordId) {

    /** Copies the cells. */
    public Row {
      cells = List.copyOf(cells);
    }
  }
}
