package org.mmicd.academy.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table of figures as the files hold it: a title, the time of extraction and the filters, then a
 * header row named like the JSON fields and the rows. Cells are strings, numbers or instants; a
 * rate is a number between 0 and 1 in a column whose name ends in "Rate".
 */
public record ReportTable(
    String title,
    Instant extractedAt,
    Map<String, String> filters,
    List<String> columns,
    List<List<Object>> rows) {

  public ReportTable {
    filters = Map.copyOf(filters);
    columns = List.copyOf(columns);
    rows =
        rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /** The lines above the table: what it is, when it was taken, with which filters. */
  List<List<String>> preamble() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("report", title));
    lines.add(List.of("extractedAt", extractedAt.toString()));
    new java.util.TreeMap<>(filters)
        .forEach((name, value) -> lines.add(List.of("filter " + name, value)));
    if (filters.isEmpty()) {
      lines.add(List.of("filters", "none"));
    }
    return lines;
  }

  boolean isRate(int column) {
    return columns.get(column).endsWith("Rate");
  }

  /** Where the header row is, counted from 0: after the preamble and one empty line. */
  int headerRow() {
    return preamble().size() + 1;
  }
}
