package org.mmicd.academy.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A report table as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, a quote or
 * a line break quoted), in UTF-8 with a byte order mark so that spreadsheet programs read
 * Devanagari and accents right. Text that a spreadsheet would take for a formula gets a leading
 * apostrophe.
 */
public final class CsvFile {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private CsvFile() {}

  public static byte[] write(ReportTable table) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    for (List<String> line : table.preamble()) {
      line(csv, List.copyOf(line));
    }
    csv.append("\r\n");
    line(csv, List.copyOf(table.columns()));
    for (List<Object> row : table.rows()) {
      line(csv, row);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void line(StringBuilder csv, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Instant) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
