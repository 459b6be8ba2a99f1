package org.mmicd.academy.webinars;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attendance report a meeting tool exports, read into one row per stretch of presence. It
 * understands Zoom's participant export (name, e-mail, join time, leave time, duration in minutes,
 * after a meeting summary block) and Teams' attendance report (UTF-16, tab separated, with a
 * summary, a participant list with first join and last leave, and the in-meeting activities with
 * every join and leave), in English, Spanish and French column names. When a file has several
 * tables it reads the most detailed one. Wall-clock times are read in the zone the trainer chose; a
 * date that could be day/month or month/day is read the way that falls nearest the session. Rows it
 * cannot read are reported with their line and skipped.
 */
public final class AttendanceReport {

  /** A stretch of presence: times when the report has them, else only its length. */
  public record Row(
      int line, String name, String email, Instant joinedAt, Instant leftAt, long seconds) {}

  public record Problem(int line, String message) {
    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  private enum Column {
    NAME,
    EMAIL,
    UPN,
    JOIN,
    LEAVE,
    DURATION
  }

  private static final Map<Column, List<String>> ALIASES =
      Map.of(
          Column.NAME,
          List.of(
              "name",
              "full name",
              "participant",
              "participant name",
              "display name",
              "user name",
              "attendee name",
              "nombre",
              "nombre completo",
              "nom",
              "nom complet"),
          Column.EMAIL,
          List.of(
              "email",
              "e mail",
              "user email",
              "email address",
              "e mail address",
              "attendee email",
              "correo",
              "correo electronico",
              "adresse e mail",
              "adresse electronique",
              "courriel"),
          Column.UPN,
          List.of("participant id", "upn", "user principal name"),
          Column.JOIN,
          List.of(
              "join time",
              "join",
              "joined",
              "first join",
              "first join time",
              "hora de union",
              "hora de entrada",
              "primera union",
              "heure d arrivee",
              "heure de connexion",
              "premiere arrivee",
              "premiere connexion"),
          Column.LEAVE,
          List.of(
              "leave time",
              "leave",
              "left",
              "last leave",
              "last leave time",
              "hora de salida",
              "ultima salida",
              "heure de depart",
              "heure de deconnexion",
              "dernier depart",
              "derniere deconnexion"),
          Column.DURATION,
          List.of(
              "duration",
              "in meeting duration",
              "attendance duration",
              "time in session",
              "time in meeting",
              "duracion",
              "duracion en la reunion",
              "duree",
              "duree dans la reunion"));

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PARTS =
      Pattern.compile(
          "(\\d+(?:[.,]\\d+)?)\\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2})(?::(\\d{2}))?");
  private static final Duration FAR = Duration.ofDays(2);
  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(
              "M/d/uuuu h:mm[:ss] a",
              "M/d/uu h:mm[:ss] a",
              "d/M/uuuu h:mm[:ss] a",
              "d/M/uu h:mm[:ss] a",
              "M/d/uuuu H:mm[:ss]",
              "M/d/uu H:mm[:ss]",
              "d/M/uuuu H:mm[:ss]",
              "d/M/uu H:mm[:ss]",
              "d.M.uuuu H:mm[:ss]",
              "d-M-uuuu H:mm[:ss]",
              "uuuu/M/d H:mm[:ss]",
              "uuuu-M-d H:mm[:ss]")
          .stream()
          .map(
              p ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern(p)
                      .toFormatter(Locale.ENGLISH)
                      .withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private final List<Row> rows;
  private final List<Problem> problems;

  private AttendanceReport(List<Row> rows, List<Problem> problems) {
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
  }

  public List<Row> rows() {
    return rows;
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * Reads a report for a session starting at {@code sessionStart}; times without an offset are in
   * {@code zone}.
   */
  public static AttendanceReport read(byte[] file, ZoneId zone, Instant sessionStart) {
    List<CsvRecords.Record> records = CsvRecords.read(file);
    Optional<Table> table = bestTable(records);
    if (table.isEmpty()) {
      return new AttendanceReport(
          List.of(),
          List.of(
              new Problem(
                  1,
                  "no table with participants' names or e-mails and join and leave times or"
                      + " durations was found; export the participants' report of the meeting")));
    }
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (CsvRecords.Record record : table.get().rows()) {
      try {
        rows.add(table.get().row(record, zone, sessionStart));
      } catch (IllegalArgumentException unreadable) {
        problems.add(new Problem(record.line(), unreadable.getMessage()));
      }
    }
    return new AttendanceReport(rows, problems);
  }

  /** A header and the rows under it, down to the next blank line or section title. */
  private record Table(
      Map<Column, Integer> columns, boolean perStretch, List<CsvRecords.Record> rows) {

    int score() {
      boolean times = columns.containsKey(Column.JOIN) && columns.containsKey(Column.LEAVE);
      return (times ? (perStretch ? 3 : 2) : 1) * 100_000 + rows.size();
    }

    Row row(CsvRecords.Record record, ZoneId zone, Instant sessionStart) {
      String name = text(record, Column.NAME);
      String email = email(text(record, Column.EMAIL));
      if (email == null) {
        email = email(text(record, Column.UPN));
      }
      if (name == null && email == null) {
        throw new IllegalArgumentException("the row has neither a name nor an e-mail");
      }
      String joinText = text(record, Column.JOIN);
      String leaveText = text(record, Column.LEAVE);
      String durationText = text(record, Column.DURATION);
      if (joinText != null || leaveText != null) {
        if (joinText == null || leaveText == null) {
          throw new IllegalArgumentException(
              "the row has a " + (joinText == null ? "leave" : "join") + " time but not the other");
        }
        Instant joined = time(joinText, zone, sessionStart, "join");
        Instant left = time(leaveText, zone, sessionStart, "leave");
        if (left.isBefore(joined)) {
          throw new IllegalArgumentException(
              "the leave time " + leaveText + " is before the join time " + joinText);
        }
        return new Row(
            record.line(), name, email, joined, left, Duration.between(joined, left).toSeconds());
      }
      if (durationText == null) {
        throw new IllegalArgumentException("the row has no join and leave times and no duration");
      }
      return new Row(record.line(), name, email, null, null, seconds(durationText));
    }

    private String text(CsvRecords.Record record, Column column) {
      Integer index = columns.get(column);
      if (index == null) {
        return null;
      }
      String value = record.field(index);
      return value.isBlank() ? null : value;
    }
  }

  private static Optional<Table> bestTable(List<CsvRecords.Record> records) {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Map<Column, Integer> columns = header(records.get(i));
      if (columns == null) {
        continue;
      }
      boolean perStretch =
          !normalise(records.get(i).field(columns.getOrDefault(Column.JOIN, -1)))
              .startsWith("first");
      List<CsvRecords.Record> rows = new ArrayList<>();
      int j = i + 1;
      for (; j < records.size(); j++) {
        CsvRecords.Record record = records.get(j);
        if (record.blank() || header(record) != null || sectionTitle(record)) {
          break;
        }
        rows.add(record);
      }
      tables.add(new Table(columns, perStretch, rows));
      i = j - 1;
    }
    return tables.stream().max(Comparator.comparingInt(Table::score));
  }

  /** The columns a header row names, or null when it is not a participants' header. */
  private static Map<Column, Integer> header(CsvRecords.Record record) {
    Map<Column, Integer> columns = new java.util.EnumMap<>(Column.class);
    for (int i = 0; i < record.fields().size(); i++) {
      String cell = normalise(record.fields().get(i));
      for (Map.Entry<Column, List<String>> alias : ALIASES.entrySet()) {
        if (alias.getValue().contains(cell) && !columns.containsKey(alias.getKey())) {
          columns.put(alias.getKey(), i);
        }
      }
    }
    boolean who =
        columns.containsKey(Column.NAME)
            || columns.containsKey(Column.EMAIL)
            || columns.containsKey(Column.UPN);
    boolean when =
        (columns.containsKey(Column.JOIN) && columns.containsKey(Column.LEAVE))
            || columns.containsKey(Column.DURATION);
    return who && when && record.filled() >= 2 ? columns : null;
  }

  /** "2. Participants", "3. In-Meeting Activities": Teams' section titles. */
  private static boolean sectionTitle(CsvRecords.Record record) {
    return record.filled() == 1 && record.fields().get(0).matches("\\d+\\.\\s+\\S.*");
  }

  /** Lower case, without accents, bracketed notes or punctuation: "Durée (Minutes)" → "duree". */
  static String normalise(String header) {
    String plain =
        Normalizer.normalize(header, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("\\(.*?\\)", " ")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    return plain;
  }

  private static String email(String text) {
    if (text == null) {
      return null;
    }
    String candidate = text.strip().toLowerCase(Locale.ROOT);
    return EMAIL.matcher(candidate).matches() ? candidate : null;
  }

  /** A join or leave time, read in every way it can be and taken nearest the session's start. */
  static Instant time(String text, ZoneId zone, Instant sessionStart, String which) {
    String value =
        text.replace('\u202F', ' ')
            .replace('\u00A0', ' ')
            .replaceAll("(?i)\\b([ap])\\.\\s?m\\.", "$1M")
            .replaceAll("\\s*,\\s*", " ")
            .replaceAll("\\s+", " ")
            .strip();
    List<Instant> candidates = new ArrayList<>();
    try {
      candidates.add(OffsetDateTime.parse(value.replace(' ', 'T')).toInstant());
    } catch (DateTimeParseException notWithOffset) {
      try {
        candidates.add(
            SessionTimes.resolveLenient(LocalDateTime.parse(value.replace(' ', 'T')), zone));
      } catch (DateTimeParseException notIso) {
        for (DateTimeFormatter format : DATE_TIMES) {
          try {
            candidates.add(SessionTimes.resolveLenient(LocalDateTime.parse(value, format), zone));
          } catch (DateTimeParseException notThisFormat) {
            // try the next one
          }
        }
      }
    }
    Instant nearest =
        candidates.stream()
            .min(Comparator.comparing(c -> Duration.between(c, sessionStart).abs()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the " + which + " time '" + text + "' is not a date and time"));
    if (Duration.between(nearest, sessionStart).abs().compareTo(FAR) > 0) {
      throw new IllegalArgumentException(
          "the "
              + which
              + " time '"
              + text
              + "' is days away from the session's start; is this the report of another"
              + " meeting?");
    }
    return nearest;
  }

  /** "62" (minutes), "1h 2m 3s", "45 min", "1:02:03". */
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
      char unit = Character.toLowerCase(parts.group(2).charAt(0));
      seconds += Math.round(amount * (unit == 'h' ? 3600 : unit == 'm' ? 60 : 1));
      end = parts.end();
    }
    if (end == 0 || end != value.length()) {
      throw new IllegalArgumentException("the duration '" + text + "' cannot be read");
    }
    return seconds;
  }
}
