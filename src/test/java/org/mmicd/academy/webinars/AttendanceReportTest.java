package org.mmicd.academy.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Meeting tools' attendance reports, read as they come out of Zoom and Teams. */
class AttendanceReportTest {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /** 10:00 in Brussels on 31 March 2025 (summer time). */
  static final Instant START = Instant.parse("2025-03-31T08:00:00Z");

  static final String ZOOM =
      """
      Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
      812 3456 7890,Health toolkit webinar,03/31/2025 09:55:02 AM,03/31/2025 11:34:10 AM,trainer@example.org,100,4

      Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent
      Laxmi Learner,laxmi@example.org,03/31/2025 09:58:12 AM,03/31/2025 10:40:00 AM,42,No,Y
      Laxmi Learner,LAXMI@example.org,03/31/2025 10:45:30 AM,03/31/2025 11:31:00 AM,46,No,Y
      Ram Thapa,ram@example.org,03/31/2025 10:00:00 AM,03/31/2025 10:30:00 AM,30,No,Y
      "Guest, Unknown",someone@elsewhere.org,03/31/2025 10:02:00 AM,03/31/2025 11:30:00 AM,88,Yes,Y
      Broken Row,broken@example.org,yesterday-ish,03/31/2025 11:30:00 AM,88,No,Y
      """;

  @Test
  void zoomParticipantsAreReadWithEveryRejoinAndTheMeetingSummaryIsIgnored() {
    AttendanceReport report = AttendanceReport.read(utf8(ZOOM), BRUSSELS, START);

    assertEquals(4, report.rows().size(), report.rows().toString());
    AttendanceReport.Row first = report.rows().get(0);
    assertEquals(5, first.line());
    assertEquals("Laxmi Learner", first.name());
    assertEquals("laxmi@example.org", first.email());
    assertEquals(Instant.parse("2025-03-31T07:58:12Z"), first.joinedAt());
    assertEquals(Instant.parse("2025-03-31T08:40:00Z"), first.leftAt());
    assertEquals("laxmi@example.org", report.rows().get(1).email(), "e-mails are lower-cased");
    assertEquals("Guest, Unknown", report.rows().get(3).name());
    assertTrue(report.rows().stream().noneMatch(r -> "trainer@example.org".equals(r.email())));
  }

  @Test
  void aRowThatCannotBeReadIsReportedWithItsLineAndTheOthersStay() {
    AttendanceReport report = AttendanceReport.read(utf8(ZOOM), BRUSSELS, START);

    assertEquals(1, report.problems().size());
    AttendanceReport.Problem problem = report.problems().get(0);
    assertEquals(9, problem.line());
    assertTrue(problem.message().contains("yesterday-ish"), problem.message());
  }

  @Test
  void rejoinsAddUpAgainstTheThreshold() {
    AttendanceReport report = AttendanceReport.read(utf8(ZOOM), BRUSSELS, START);
    Map<String, List<PresenceTally.Stretch>> byEmail =
        report.rows().stream()
            .collect(
                Collectors.groupingBy(
                    AttendanceReport.Row::email,
                    Collectors.mapping(
                        r -> new PresenceTally.Stretch(r.joinedAt(), r.leftAt(), r.seconds()),
                        Collectors.toList())));
    Instant end = START.plus(Duration.ofMinutes(90));

    long laxmi = PresenceTally.creditedSeconds(byEmail.get("laxmi@example.org"), START, end);
    long ram = PresenceTally.creditedSeconds(byEmail.get("ram@example.org"), START, end);

    // 10:00-10:40 (the two minutes before the start do not count) and 10:45:30-11:31.
    assertEquals(40 * 60 + 45 * 60 + 30, laxmi);
    assertEquals(30 * 60, ram);
    LiveSession session = Fixtures.session(START, 90, 30);
    assertTrue(session.attendedWith(laxmi), "85.5 of 90 minutes is above 75 %");
    assertTrue(!session.attendedWith(ram), "30 of 90 minutes is below 75 %");
  }

  @Test
  void teamsReportsInUtf16WithTabsAreReadFromTheActivitiesSection() {
    String teams =
        "1. Summary\n"
            + "Meeting title\tHealth toolkit webinar\n"
            + "Attended participants\t2\n"
            + "Start time\t3/31/25, 10:00:05\u202FAM\n"
            + "\n"
            + "2. Participants\n"
            + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n"
            + "Laxmi Learner\t3/31/25, 9:58:12\u202FAM\t3/31/25, 11:31:00\u202FAM\t1h 27m 18s"
            + "\tlaxmi@example.org\tlaxmi@example.org\tAttendee\n"
            + "Sita Gurung\t3/31/25, 10:05:00\u202FAM\t3/31/25, 11:25:00\u202FAM\t1h 20m"
            + "\t\tsita@example.org\tAttendee\n"
            + "\n"
            + "3. In-Meeting Activities\n"
            + "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\n"
            + "Laxmi Learner\t3/31/25, 9:58:12\u202FAM\t3/31/25, 10:40:00\u202FAM\t41m 48s"
            + "\tlaxmi@example.org\tAttendee\n"
            + "Laxmi Learner\t3/31/25, 10:45:30\u202FAM\t3/31/25, 11:31:00\u202FAM\t45m 30s"
            + "\tlaxmi@example.org\tAttendee\n";
    byte[] utf16 = withBom(teams.getBytes(StandardCharsets.UTF_16LE));

    AttendanceReport report = AttendanceReport.read(utf16, BRUSSELS, START);

    assertEquals(List.of(), report.problems());
    assertEquals(2, report.rows().size(), "the activities, not the first-join summary");
    assertEquals(Instant.parse("2025-03-31T08:45:30Z"), report.rows().get(1).joinedAt());
    assertEquals(45 * 60 + 30, report.rows().get(1).seconds());
  }

  @Test
  void spanishColumnNamesSemicolonsAndDayFirstDatesAreReadNearTheSession() {
    // 4 March: 04/03 read as month/day would be 3 April, a month away from the session.
    Instant start = Instant.parse("2025-03-04T14:00:00Z");
    String csv =
        "Nombre completo;Correo electrónico;Hora de unión;Hora de salida;Duración\n"
            + "María Quishpe;maria@example.org;04/03/2025 09:00:00;04/03/2025 10:30:00;1h 30m\n";

    AttendanceReport report =
        AttendanceReport.read(
            csv.getBytes(StandardCharsets.UTF_8), ZoneId.of("America/Guayaquil"), start);

    assertEquals(List.of(), report.problems());
    assertEquals(start, report.rows().get(0).joinedAt());
    assertEquals(90 * 60, report.rows().get(0).seconds());
  }

  @Test
  void aReportWithOnlyDurationsCountsThemWithoutTimes() {
    String csv = "Name,Email,Duration (Minutes)\nHery Rakoto,hery@example.org,75\nNo Time,,\n";

    AttendanceReport report = AttendanceReport.read(utf8(csv), BRUSSELS, START);

    assertEquals(1, report.rows().size());
    assertNull(report.rows().get(0).joinedAt());
    assertEquals(75 * 60, report.rows().get(0).seconds());
    assertEquals(3, report.problems().get(0).line());
  }

  @Test
  void aFileWithoutAParticipantsTableSaysWhatToExport() {
    AttendanceReport report =
        AttendanceReport.read(utf8("just,some\nwords,here\n"), BRUSSELS, START);

    assertTrue(report.rows().isEmpty());
    assertTrue(report.problems().get(0).message().contains("participants"));
  }

  @Test
  void aReportOfAnotherDayIsRefusedRowByRow() {
    String csv =
        "Name,Email,Join Time,Leave Time\nLaxmi,laxmi@example.org,2025-05-01 10:00,2025-05-01 11:00\n";

    AttendanceReport report = AttendanceReport.read(utf8(csv), BRUSSELS, START);

    assertTrue(report.rows().isEmpty());
    assertTrue(report.problems().get(0).message().contains("another meeting"));
  }

  @Test
  void durationsInTheShapesToolsWriteThem() {
    assertEquals(62 * 60, AttendanceReport.seconds("62"));
    assertEquals(3723, AttendanceReport.seconds("1h 2m 3s"));
    assertEquals(2712, AttendanceReport.seconds("45m 12s"));
    assertEquals(45 * 60, AttendanceReport.seconds("45 min"));
    assertEquals(3723, AttendanceReport.seconds("1:02:03"));
    assertEquals(90 * 60, AttendanceReport.seconds("1 hr 30 mins"));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withBom(byte[] utf16le) {
    byte[] bytes = new byte[utf16le.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16le, 0, bytes, 2, utf16le.length);
    return bytes;
  }
}
