package org.mmicd.academy.webinars.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmicd.academy.platform.DomainException;

/**
 * The attendance report a meeting tool exports, read into one row per stretch of presence. It reads
 * Zoom's participants report (with join and leave times, or with "Show unique users" and only total
 * durations), Zoom's webinar attendee report (after its summary sections; registrants who did not
 * attend are absences, not unreadable rows), Teams' attendance report (UTF-16, tab separated, in
 * the activities section) and Teams' older attendance list (one row per join or leave), with column
 * names in English, Spanish, French or German. Dates are read with the pattern that fits the file
 * (see {@link ReportDates}) in the zone the trainer chose. A file without a participants' table is
 * never taken as an empty one: it says what it found instead. Rows it cannot read are reported with
 * their line and skipped. Linear in the number of rows.
 */
public final class AttendanceReport {

  /** A stretch of presence: times when the report has them, else only its length. */
  public record Row(
      int line, String name, String email, Instant joinedAt, Instant leftAt, long seconds) {}

  /** Why a line could not be read, as a message key with its arguments. */
  public record Problem(int line, String key, List<String> arguments) {

    /** The message in a language, with its line. */
    public String message(Locale locale) {
      return line == 0
          ? text(locale)
          : DomainException.format(
              locale, "attendance.problem", String.valueOf(line), text(locale));
    }

    /** Only the reason, without the line. */
    public String text(Locale locale) {
      return DomainException.format(locale, key, arguments.toArray());
    }

    /** The same problem as a refusal, to be read in the reader's language. */
    public DomainException refusal() {
      return DomainException.invalid("file", key, arguments.toArray());
    }

    /** One line of text to store, read back by {@link #decode}. */
    String encode() {
      List<String> parts = new ArrayList<>();
      parts.add(String.valueOf(line));
      parts.add(key);
      arguments.forEach(a -> parts.add(a.replaceAll("[\\t\\r\\n]+", " ")));
      return String.join("\t", parts);
    }

    /** A stored problem; one stored as English text before problems had keys stays as it was. */
    static Problem decode(String stored) {
      String[] parts = stored.split("\t", -1);
      if (parts.length >= 2 && parts[0].matches("\\d+") && parts[1].startsWith("error.")) {
        return new Problem(
            Integer.parseInt(parts[0]),
            parts[1],
            List.of(Arrays.copyOfRange(parts, 2, parts.length)));
      }
      return new Problem(0, "attendance.problem.stored", List.of(stored));
    }

    @Override
    public String toString() {
      return message(Locale.ENGLISH);
    }
  }

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PARTS =
      Pattern.compile(
          "(\\d+(?:[.,]\\d+)?)\\s*(hours?|hrs?|std\\.?|h|minuten|minutes?|mins?\\.?|m|"
              + "seconds?|sekunden|secs?|sek\\.?|seg\\.?|s)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2})(?::(\\d{2}))?");

  private final String layout;
  private final ReportDates.Written dates;
  private final int absent;
  private final List<Row> rows;
  private final List<Problem> problems;

  private AttendanceReport(
      String layout,
      ReportDates.Written dates,
      int absent,
      List<Row> rows,
      List<Problem> problems) {
    this.layout = layout;
    this.dates = dates;
    this.absent = absent;
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Which layout was read ({@code zoom-webinar}, {@code teams-list}...); empty if none was. */
  public Optional<String> layout() {
    return Optional.ofNullable(layout);
  }

  /** The pattern the dates were read with, such as {@code MMM d, yyyy H:mm:ss}. */
  public Optional<String> datePattern() {
    return Optional.ofNullable(dates).map(ReportDates.Written::pattern);
  }

  /** A date of the file as written, to show beside its pattern. */
  public Optional<String> dateExample() {
    return Optional.ofNullable(dates).map(ReportDates.Written::example);
  }

  /** Registrants the report lists as not having attended. */
  public int absent() {
    return absent;
  }

  /** Whether a participants' table was found at all. */
  public boolean found() {
    return layout != null;
  }

  /**
   * Reads a report for a session starting at {@code sessionStart}; times without an offset are in
   * {@code zone}.
   */
  public static AttendanceReport read(byte[] file, ZoneId zone, Instant sessionStart) {
    List<CsvRecords.Record> records = CsvRecords.read(file);
    ReportTable.Found found = ReportTable.find(records);
    if (found.table().isEmpty()) {
      return new AttendanceReport(null, null, 0, List.of(), List.of(nothingFound(found)));
    }
    ReportTable table = found.table().get();
    ReportDates dates = ReportDates.of(table.dateValues(), zone, sessionStart);
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int absent = 0;
    if (table.events()) {
      AttendanceList.read(table, dates, rows, problems);
    } else {
      for (CsvRecords.Record record : table.rows()) {
        if (table.absent(record)) {
          absent++;
          continue;
        }
        try {
          rows.add(row(table, record, dates));
        } catch (ReportProblem unreadable) {
          problems.add(unreadable.at(record.line()));
        }
      }
    }
    return new AttendanceReport(
        table.layout(), dates.written().orElse(null), absent, rows, problems);
  }

  /** What stood in the file instead of a participants' table, and what was expected. */
  private static Problem nothingFound(ReportTable.Found found) {
    if (found.summary() != null) {
      return new Problem(
          found.summary().line(),
          "error.attendance.summary-only",
          List.of(headerText(found.summary())));
    }
    return new Problem(
        found.first() == null ? 1 : found.first().line(),
        "error.attendance.no-table",
        List.of(
            String.valueOf(found.lines()), found.first() == null ? "" : headerText(found.first())));
  }

  private static String headerText(CsvRecords.Record record) {
    String text = String.join(", ", record.fields().stream().filter(f -> !f.isBlank()).toList());
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  private static Row row(ReportTable table, CsvRecords.Record record, ReportDates dates) {
    String name =
        ParticipantName.clean(table.text(record, ReportColumn.NAME), table.originalNames());
    String email = email(table.text(record, ReportColumn.EMAIL));
    if (email == null) {
      email = email(table.text(record, ReportColumn.UPN));
    }
    if (name == null && email == null) {
      throw new ReportProblem("error.attendance.no-who");
    }
    String joinText = table.text(record, ReportColumn.JOIN);
    String leaveText = table.text(record, ReportColumn.LEAVE);
    if (joinText != null || leaveText != null) {
      if (joinText == null || leaveText == null) {
        throw new ReportProblem(
            joinText == null ? "error.attendance.no-join" : "error.attendance.no-leave");
      }
      Instant joined = dates.read(joinText);
      Instant left = dates.read(leaveText);
      if (left.isBefore(joined)) {
        throw new ReportProblem("error.attendance.leave-before-join", leaveText, joinText);
      }
      return new Row(
          record.line(), name, email, joined, left, Duration.between(joined, left).toSeconds());
    }
    String durationText = table.text(record, ReportColumn.DURATION);
    if (durationText == null) {
      throw new ReportProblem("error.attendance.no-time");
    }
    return new Row(record.line(), name, email, null, null, seconds(durationText));
  }

  private static String email(String text) {
    if (text == null) {
      return null;
    }
    String candidate = text.strip().toLowerCase(Locale.ROOT);
    return EMAIL.matcher(candidate).matches() ? candidate : null;
  }

  /** "62" (minutes), "1h 2m 3s", "45 min", "1:02:03", "1 Std. 2 Min.". */
  static long seconds(String text) {
    String value = text.strip();
    if (value.matches("\\d+([.,]\\d+)?")) {
      return Math.round(Double.parseDouble(value.replace(',', '.')) * 60);
    }
    Matcher clock = CLOCK.matcher(value);
    if (clock.matches()) {
      long first = Long.parseLong(clock.group(1));
      long second = Long.parseLong(clock.group(2));
      return clock.group(3) == null
          ? first * 3600 + second * 60
          : first * 3600 + second * 60 + Long.parseLong(clock.group(3));
    }
    Matcher parts = PARTS.matcher(value);
    long seconds = 0;
    int end = 0;
    while (parts.find() && parts.start() == end) {
      double amount = Double.parseDouble(parts.group(1).replace(',', '.'));
      String unit = parts.group(2).toLowerCase(Locale.ROOT);
      long factor =
          unit.startsWith("h") || unit.startsWith("std") ? 3600 : unit.startsWith("m") ? 60 : 1;
      seconds += Math.round(amount * factor);
      end = parts.end();
    }
    if (end == 0 || end != value.length()) {
      throw new ReportProblem("error.attendance.bad-duration", text);
    }
    return seconds;
  }
}
