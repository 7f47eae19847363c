package io.tsumugi.web.list;

import io.tsumugi.core.console.ConsoleAudit;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.records.Record;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The list's "CSV" button: the records of the current view (list view, conditions, quick find,
 * sort, columns) as the table shows them, streamed page by page with keyset cursors, at most
 * {@value #MAX_ROWS} rows.
 */
@Named("csvExport")
@RequestScoped
public class CsvExportView {

  /** Rows written at most; the file ends there. */
  static final int MAX_ROWS = 100_000;

  private static final int PAGE = 500;

  @Inject private Engine engine;
  @Inject private RecordListView list;

  /** Writes the CSV as the response and ends the Faces request. */
  public void download() throws IOException {
    // Refused (403) before anything is written, whatever the page showed.
    engine.access().requireExport(list.caller(), list.getEntity());
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    String file = list.getEntity() + "-" + LocalDate.now() + ".csv";
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + file
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file, StandardCharsets.UTF_8));
    try (Writer writer =
        new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(CsvWriter.BOM);
      int rows = write(new CsvWriter(writer));
      audit(rows);
    }
    faces.responseComplete();
  }

  /** Exports are part of the security audit log: who took which rows of which entity out. */
  private void audit(int rows) {
    String detail =
        "entity="
            + list.getEntity()
            + " rows="
            + rows
            + (list.getView() == null ? "" : " view=" + list.getView())
            + " filter="
            + list.currentFilter();
    new ConsoleAudit(engine.dataSource()).record(list.caller().loginId(), "export.csv", detail);
  }

  /** Writes the header and the rows; returns how many rows. */
  private int write(CsvWriter csv) throws IOException {
    List<ColumnView> columns = list.getColumns();
    List<Boolean> numeric = columns.stream().map(ColumnView::isNumeric).toList();
    csv.row(columns.stream().map(ColumnView::getHeader).toList(), List.of());
    RecordQuery query =
        new RecordQuery(list.currentFilter(), list.getModel().getLastSort(), PAGE, 1, null);
    int written = 0;
    while (written < MAX_ROWS) {
      RecordPage page = engine.queries().query(list.caller(), list.getEntity(), query);
      for (Record record : page.records()) {
        if (written++ >= MAX_ROWS) {
          break;
        }
        RowView row = list.row(record, record.lookupNames());
        List<String> cells = new ArrayList<>();
        columns.forEach(c -> cells.add(row.getCells().get(c.getField())));
        csv.row(cells, numeric);
      }
      if (page.next() == null) {
        break;
      }
      query = query.after(page.next());
    }
    return Math.min(written, MAX_ROWS);
  }
}
