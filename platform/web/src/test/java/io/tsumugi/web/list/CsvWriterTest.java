package io.tsumugi.web.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String write(List<String> cells, List<Boolean> numeric) throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(cells, numeric);
    return out.toString();
  }

  @Test
  void quotesEveryCellDoublesQuotesAndEndsWithCrlf() throws IOException {
    assertEquals(
        "\"株式会社\"\"つむぎ\"\"\",\"a,b\",\"line1\nline2\"\r\n",
        write(List.of("株式会社\"つむぎ\"", "a,b", "line1\nline2"), List.of(false, false, false)));
  }

  @Test
  void nullCellsAreEmpty() throws IOException {
    assertEquals("\"\",\"x\"\r\n", write(Arrays.asList(null, "x"), List.of(false, false)));
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() throws IOException {
    assertEquals(
        "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-1\",\"'@SUM(A1)\",\"'\tcmd\",\"'\rx\"\r\n",
        write(
            List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tcmd", "\rx"),
            List.of(false, false, false, false, false, false)));
  }

  @Test
  void numbersKeepTheirSign() throws IOException {
    assertEquals("\"-1500\",\"+3\"\r\n", write(List.of("-1500", "+3"), List.of(true, true)));
  }

  @Test
  void formulaCharactersInsideTextAreLeftAlone() throws IOException {
    assertEquals("\"a=b\",\"メール@例\"\r\n", write(List.of("a=b", "メール@例"), List.of(false)));
  }
}
