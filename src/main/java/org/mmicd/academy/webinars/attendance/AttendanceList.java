package org.mmicd.academy.webinars.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Teams' older attendance list: one row per join ("Joined", "Joined before") or leave ("Left"),
 * with its time and the participant's full name. Each join is paired with the next leave of the
 * same person; someone still in the meeting when the list was downloaded stays until its last time.
 */
final class AttendanceList {

  private static final Set<String> JOINED =
      Set.of(
          "joined",
          "joined before",
          "se unio",
          "se unio antes",
          "unido",
          "unido antes",
          "a rejoint",
          "a rejoint avant",
          "rejoint",
          "beigetreten",
          "vorher beigetreten");
  private static final Set<String> LEFT =
      Set.of("left", "salio", "abandono", "a quitte", "quitte", "verlassen", "hat verlassen");

  private record Open(int line, String name, Instant since) {}

  private AttendanceList() {}

  static void read(
      ReportTable table,
      ReportDates dates,
      List<AttendanceReport.Row> rows,
      List<AttendanceReport.Problem> problems) {
    Map<String, Open> open = new LinkedHashMap<>();
    Instant last = null;
    for (CsvRecords.Record record : table.rows()) {
      try {
        String name = ParticipantName.clean(table.text(record, ReportColumn.NAME), false);
        String action = table.text(record, ReportColumn.ACTION);
        String time = table.text(record, ReportColumn.TIMESTAMP);
        if (name == null || action == null || time == null) {
          throw new ReportProblem("error.attendance.event-incomplete");
        }
        Instant when = dates.read(time);
        last = last == null || when.isAfter(last) ? when : last;
        String key = name.toLowerCase(Locale.ROOT);
        event(
            ReportTable.normalise(action),
            action,
            key,
            new Open(record.line(), name, when),
            open,
            rows);
      } catch (ReportProblem problem) {
        problems.add(problem.at(record.line()));
      }
    }
    for (Open stillIn : open.values()) {
      rows.add(row(stillIn, last));
    }
  }

  private static void event(
      String action,
      String written,
      String key,
      Open event,
      Map<String, Open> open,
      List<AttendanceReport.Row> rows) {
    if (JOINED.contains(action)) {
      open.putIfAbsent(key, event);
    } else if (LEFT.contains(action)) {
      Open joined = open.remove(key);
      if (joined == null) {
        throw new ReportProblem("error.attendance.left-unjoined", event.name());
      }
      rows.add(row(joined, event.since()));
    } else {
      throw new ReportProblem("error.attendance.unknown-action", written);
    }
  }

  private static AttendanceReport.Row row(Open joined, Instant left) {
    Instant until = left.isBefore(joined.since()) ? joined.since() : left;
    return new AttendanceReport.Row(
        joined.line(),
        joined.name(),
        null,
        joined.since(),
        until,
        Duration.between(joined.since(), until).toSeconds());
  }
}
