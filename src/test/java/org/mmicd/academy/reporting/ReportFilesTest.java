package org.mmicd.academy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

  static final Instant EXTRACTED = Instant.parse("2026-11-30T08:15:00Z");

  static ReportTable table() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList("NP", "नेपाल — प्रदेश अधिकारी", 12L, 0.4167));
    rows.add(Arrays.asList("EC", "GAD \"Cuenca\", Azuay", 3L, 0.0));
    rows.add(Arrays.asList("MG", "=HYPERLINK(\"x\")", 0L, null));
    return new ReportTable(
        "Completion rate by cohort",
        EXTRACTED,
        Map.of("country", "NP", "cohort", "5"),
        List.of("country", "cohortName", "enrolled", "completionRate"),
        rows);
  }

  @Test
  void csvIsQuotedAsRfc4180WithAByteOrderMarkAndTheFiltersOnTop() {
    String csv = new String(CsvFile.write(table()), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFreport,Completion rate by cohort\r\n"), csv);
    List<String> lines = csv.substring(1).lines().toList();
    assertEquals("extractedAt,2026-11-30T08:15:00Z", lines.get(1));
    assertEquals(List.of("filter cohort,5", "filter country,NP", ""), lines.subList(2, 5));
    assertEquals("country,cohortName,enrolled,completionRate", lines.get(5));
    assertEquals("NP,नेपाल — प्रदेश अधिकारी,12,0.4167", lines.get(6));
    assertEquals("EC,\"GAD \"\"Cuenca\"\", Azuay\",3,0.0", lines.get(7));
    // A formula typed as a cohort name stays text in a spreadsheet.
    assertEquals("MG,\"'=HYPERLINK(\"\"x\"\")\",0,", lines.get(8));
    assertTrue(csv.endsWith("\r\n"));
  }

  @Test
  void spreadsheetKeepsNumbersAsNumbersAndReadsBack() throws Exception {
    byte[] xlsx = SpreadsheetFile.write(table());
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals("Completion rate by cohort", rows.get(0).getCellText(1));
      assertEquals("2026-11-30T08:15:00Z", rows.get(1).getCellText(1));
      Row header = rows.stream().filter(r -> r.getCellText(0).equals("country")).findFirst().get();
      assertEquals("completionRate", header.getCellText(3));
      Row nepal = rows.stream().filter(r -> r.getCellText(0).equals("NP")).findFirst().get();
      assertEquals("नेपाल — प्रदेश अधिकारी", nepal.getCellText(1));
      assertEquals(12, nepal.getCellAsNumber(2).get().intValue());
      assertEquals(0.4167, nepal.getCellAsNumber(3).get().doubleValue(), 1e-9);
    }
  }

  @Test
  void chartConfigurationsKeepNamesAsData() {
    String config =
        ChartConfig.bar(List.of("</script><script>alert(1)"), "Rate \"%\"", List.of(41.7), false);
    assertTrue(!config.contains("<"), config);
    assertTrue(config.contains("\\u003c/script>"), config);
    assertTrue(config.contains("\"type\":\"bar\""), config);
    assertTrue(
        ChartConfig.bar(List.of("a"), "n", List.of(1), true).contains("\"indexAxis\":\"y\""));
  }
}
