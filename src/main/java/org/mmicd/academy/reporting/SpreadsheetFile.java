package org.mmicd.academy.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report table as an XLSX workbook (fastexcel): one sheet with the title, the time of extraction
 * and the filters on top, then the header row and the rows; numbers stay numbers, rates are shown
 * as percentages and instants as UTC date-times.
 */
public final class SpreadsheetFile {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SpreadsheetFile() {}

  public static byte[] write(ReportTable table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "MMICD Academy", "1.0");
      Worksheet sheet = workbook.newWorksheet("Report");
      int row = 0;
      for (List<String> line : table.preamble()) {
        sheet.value(row, 0, line.get(0));
        sheet.value(row, 1, line.get(1));
        row++;
      }
      sheet.style(0, 1).bold().set();
      row = table.headerRow();
      for (int column = 0; column < table.columns().size(); column++) {
        sheet.value(row, column, table.columns().get(column));
        sheet.style(row, column).bold().set();
        sheet.width(column, Math.max(12, table.columns().get(column).length() + 4));
      }
      for (List<Object> cells : table.rows()) {
        row++;
        for (int column = 0; column < cells.size(); column++) {
          Object value = cells.get(column);
          if (value instanceof Number number) {
            sheet.value(row, column, number);
            if (table.isRate(column)) {
              sheet.style(row, column).format("0.0%").set();
            }
          } else if (value instanceof Instant instant) {
            sheet.value(row, column, instant.atZone(ZoneOffset.UTC).toLocalDateTime());
            sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
          } else if (value != null) {
            sheet.value(row, column, value.toString());
          }
        }
      }
      sheet.freezePane(0, table.headerRow() + 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
