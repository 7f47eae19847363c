package io.tsumugi.web.list;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as Excel in Japan reads it: the caller writes UTF-8 after a byte order mark, lines end
 * with CRLF, every cell is quoted (quotes doubled). A text cell that starts with {@code = + - @}, a
 * tab or a carriage return gets a leading apostrophe so a spreadsheet does not run it as a formula
 * (OWASP's CSV injection list); numbers stay numbers.
 */
final class CsvWriter {

  /** The byte order mark that tells Excel the file is UTF-8. */
  static final char BOM = '\uFEFF';

  /** First characters a spreadsheet reads as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  void row(List<String> cells, List<Boolean> numeric) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      boolean number = i < numeric.size() && numeric.get(i);
      if (!number && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
        cell = "'" + cell;
      }
      out.write('"');
      out.write(cell.replace("\"", "\"\""));
      out.write('"');
    }
    out.write("\r\n");
  }
}
