package org.mmicd.academy.webinars.attendance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The participants' table of an attendance report: its header (column names in English, Spanish,
 * French or German), the rows under it, and which tool's layout it is. A report may hold several
 * tables (a meeting summary, Teams' participant list and activities, Zoom webinars' host, panelist
 * and attendee details); the most detailed participants' table is read, and a meeting summary never
 * is.
 */
final class ReportTable {

  /** What a search through a file found: the table to read, or what stood there instead. */
  record Found(
      Optional<ReportTable> table, CsvRecords.Record summary, CsvRecords.Record first, int lines) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DASHES = Pattern.compile("-+");

  /** Columns that only a meeting's summary has, never a participants' table. */
  private static final Set<String> SUMMARY =
      Set.of(
          "meeting id",
          "webinar id",
          "topic",
          "actual start time",
          "id de reunion",
          "id del seminario web",
          "tema",
          "sujet",
          "id du webinaire",
          "besprechungs id",
          "meeting kennung",
          "thema");

  private static final Set<String> ORIGINAL_NAME =
      Set.of("(original name)", "(nombre original)", "(nom d'origine)", "(ursprunglicher name)");

  private final Map<ReportColumn, Integer> columns;
  private final boolean perStretch;
  private final boolean originalNames;
  private final boolean afterSection;
  private final List<CsvRecords.Record> rows;

  private ReportTable(
      Map<ReportColumn, Integer> columns,
      boolean perStretch,
      boolean originalNames,
      boolean afterSection,
      List<CsvRecords.Record> rows) {
    this.columns = columns;
    this.perStretch = perStretch;
    this.originalNames = originalNames;
    this.afterSection = afterSection;
    this.rows = rows;
  }

  static Found find(List<CsvRecords.Record> records) {
    List<ReportTable> tables = new ArrayList<>();
    CsvRecords.Record summary = null;
    CsvRecords.Record first = null;
    boolean afterSection = false;
    for (int i = 0; i < records.size(); i++) {
      CsvRecords.Record record = records.get(i);
      if (first == null && !record.blank()) {
        first = record;
      }
      afterSection |= numberedTitle(record);
      Map<ReportColumn, Integer> columns = header(record);
      if (columns == null) {
        if (summary == null && summaryHeader(record)) {
          summary = record;
        }
        continue;
      }
      List<CsvRecords.Record> rows = new ArrayList<>();
      int j = i + 1;
      for (; j < records.size() && !ends(records.get(j)); j++) {
        rows.add(records.get(j));
      }
      tables.add(
          new ReportTable(
              columns, perStretch(record, columns), original(record), afterSection, rows));
      i = j - 1;
    }
    return new Found(
        tables.stream().max(Comparator.comparingInt(ReportTable::score)),
        summary,
        first,
        records.size());
  }

  /** Which tool wrote the table, as far as its columns tell. */
  String layout() {
    if (events()) {
      return "teams-list";
    }
    if (columns.containsKey(ReportColumn.ATTENDED)) {
      return "zoom-webinar";
    }
    if (originalNames) {
      return times() ? "zoom-participants" : "zoom-unique-users";
    }
    if (columns.containsKey(ReportColumn.UPN) || afterSection || !perStretch) {
      return "teams";
    }
    return "table";
  }

  List<CsvRecords.Record> rows() {
    return rows;
  }

  /** Teams' old attendance list: one row per joining or leaving, with its time. */
  boolean events() {
    return columns.containsKey(ReportColumn.ACTION) && columns.containsKey(ReportColumn.TIMESTAMP);
  }

  boolean originalNames() {
    return originalNames;
  }

  /** A webinar attendee who registered but did not come ("Attended: No"). */
  boolean absent(CsvRecords.Record record) {
    String attended = text(record, ReportColumn.ATTENDED);
    return attended != null && Set.of("no", "non", "nein").contains(normalise(attended));
  }

  /** A cell's text; blank and Zoom's "--" are no value. */
  String text(CsvRecords.Record record, ReportColumn column) {
    Integer index = columns.get(column);
    if (index == null) {
      return null;
    }
    String value = record.field(index).strip();
    return value.isEmpty() || DASHES.matcher(value).matches() ? null : value;
  }

  /** The table's dates and times, for finding how it writes them. */
  List<String> dateValues() {
    List<String> values = new ArrayList<>();
    for (CsvRecords.Record record : rows) {
      if (!absent(record)) {
        for (ReportColumn column :
            List.of(ReportColumn.JOIN, ReportColumn.LEAVE, ReportColumn.TIMESTAMP)) {
          String value = text(record, column);
          if (value != null) {
            values.add(value);
          }
        }
      }
    }
    return values;
  }

  private boolean times() {
    return columns.containsKey(ReportColumn.JOIN) && columns.containsKey(ReportColumn.LEAVE);
  }

  private int score() {
    int rank = events() || (times() && perStretch) ? 3 : times() ? 2 : 1;
    return rank * 100_000 + rows.size();
  }

  /** The columns a header row names, or null when it is not a participants' header. */
  private static Map<ReportColumn, Integer> header(CsvRecords.Record record) {
    Map<ReportColumn, Integer> columns = new EnumMap<>(ReportColumn.class);
    for (int i = 0; i < record.fields().size(); i++) {
      String cell = normalise(record.fields().get(i));
      if (SUMMARY.contains(cell)) {
        return null;
      }
      for (ReportColumn column : ReportColumn.values()) {
        if (column.named(cell)) {
          columns.putIfAbsent(column, i);
        }
      }
    }
    boolean who =
        columns.containsKey(ReportColumn.NAME)
            || columns.containsKey(ReportColumn.EMAIL)
            || columns.containsKey(ReportColumn.UPN);
    boolean when =
        (columns.containsKey(ReportColumn.JOIN) && columns.containsKey(ReportColumn.LEAVE))
            || columns.containsKey(ReportColumn.DURATION)
            || (columns.containsKey(ReportColumn.ACTION)
                && columns.containsKey(ReportColumn.TIMESTAMP));
    return who && when && record.filled() >= 2 ? columns : null;
  }

  private static boolean summaryHeader(CsvRecords.Record record) {
    return record.fields().stream().map(ReportTable::normalise).anyMatch(SUMMARY::contains);
  }

  private static boolean perStretch(CsvRecords.Record header, Map<ReportColumn, Integer> columns) {
    String join = normalise(header.field(columns.getOrDefault(ReportColumn.JOIN, -1)));
    return !(join.startsWith("first")
        || join.startsWith("primer")
        || join.startsWith("premi")
        || join.startsWith("erst"));
  }

  private static boolean original(CsvRecords.Record header) {
    return header.fields().stream()
        .map(f -> f.toLowerCase(Locale.ROOT).replace('’', '\''))
        .anyMatch(f -> ORIGINAL_NAME.stream().anyMatch(f::contains));
  }

  /** A table ends at a blank line, a new header or a section title. */
  private static boolean ends(CsvRecords.Record record) {
    return record.blank() || header(record) != null || sectionTitle(record);
  }

  /** "2. Participants" (Teams), "Attendee Details" (Zoom webinars). */
  private static boolean sectionTitle(CsvRecords.Record record) {
    if (record.filled() != 1) {
      return false;
    }
    String cell =
        normalise(record.fields().stream().filter(f -> !f.isBlank()).findFirst().orElse(""));
    return numberedTitle(record)
        || cell.endsWith("details")
        || cell.startsWith("detalles")
        || cell.startsWith("details")
        || cell.equals("attendee report");
  }

  private static boolean numberedTitle(CsvRecords.Record record) {
    return record.filled() == 1
        && record.fields().stream().anyMatch(f -> f.strip().matches("\\d+\\.\\s+\\S.*"));
  }

  /** Lower case, without accents, bracketed notes or punctuation: "Durée (Minutes)" → "duree". */
  static String normalise(String header) {
    boolean ascii = header.chars().allMatch(c -> c < 128);
    String plain =
        ascii
            ? header
            : MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
    plain = BRACKETS.matcher(plain).replaceAll(" ").toLowerCase(Locale.ROOT);
    return OTHER.matcher(plain).replaceAll(" ").strip();
  }
}
