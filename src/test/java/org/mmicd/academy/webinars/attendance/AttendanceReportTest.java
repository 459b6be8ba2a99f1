package org.mmicd.academy.webinars.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.webinars.Fixtures;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.attendance.AttendanceReport.Row;

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
    assertEquals("error.attendance.bad-time", problem.key());
    assertEquals("line 9: 'yesterday-ish' is not a date and time", problem.message(Locale.ENGLISH));
    assertEquals(
        "línea 9: «yesterday-ish» no es una fecha y hora",
        problem.message(Locale.forLanguageTag("es")));
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
    assertEquals("error.attendance.no-table", report.problems().get(0).key());
    assertEquals(List.of("2", "just, some"), report.problems().get(0).arguments());
  }

  @Test
  void aReportOfAnotherDayIsRefusedRowByRow() {
    String csv =
        "Name,Email,Join Time,Leave Time\nLaxmi,laxmi@example.org,2025-05-01 10:00,2025-05-01 11:00\n";

    AttendanceReport report = AttendanceReport.read(utf8(csv), BRUSSELS, START);

    assertTrue(report.rows().isEmpty());
    assertEquals("error.attendance.far-time", report.problems().get(0).key());
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

  /** 08:00 in Brussels on 30 November 2026, the session of the sample files. */
  static final Instant NOV30 = Instant.parse("2026-11-30T07:00:00Z");

  static final Instant END = NOV30.plus(Duration.ofMinutes(90));

  @Test
  void zoomsParticipantsReportNamesTheRenamedGuestByTheNameTheyJoinedWith() throws IOException {
    AttendanceReport report = sample("zoom-participants.csv");

    assertEquals(List.of(), report.problems());
    assertEquals(Optional.of("zoom-participants"), report.layout());
    assertEquals(Optional.of("M/d/yyyy h:mm:ss a"), report.datePattern());
    assertEquals(Optional.of("11/30/2026 07:55:02 AM"), report.dateExample());
    assertEquals(6, report.rows().size(), "the meeting summary is not a participant");
    assertEquals(
        List.of("Sita Gurung", "Sita Gurung"),
        report.rows().stream().filter(r -> r.email() == null).map(Row::name).toList(),
        "the renamed guest and the guest are one person");
    assertEquals(Instant.parse("2026-11-30T06:58:12Z"), report.rows().get(1).joinedAt());
    assertEquals((48 + 35) * 60, credited(report, "Sita Gurung"));
  }

  @Test
  void zoomsUniqueUsersReportGivesAttendanceFromDurations() throws IOException {
    AttendanceReport report = sample("zoom-unique-users.csv");

    assertEquals(List.of(), report.problems());
    assertEquals(Optional.of("zoom-unique-users"), report.layout());
    assertEquals(Optional.empty(), report.datePattern(), "durations only, no dates read");
    assertEquals(
        List.of("trainer@example.org", "laxmi@example.org", "ram@example.org"),
        report.rows().stream().map(Row::email).filter(e -> e != null).toList(),
        "every participant, not only the host of the meeting summary");
    Row laxmi = report.rows().get(1);
    assertNull(laxmi.joinedAt());
    assertEquals(88 * 60, laxmi.seconds());
    assertEquals("Sita Gurung", report.rows().get(3).name());
    assertTrue(Fixtures.session(NOV30, 90, 30).attendedWith(credited(report, "laxmi@example.org")));
    assertFalse(Fixtures.session(NOV30, 90, 30).attendedWith(credited(report, "ram@example.org")));
  }

  @Test
  void aZoomWebinarAttendeeReportWithMonthNamesAndAbsentRegistrants() throws IOException {
    AttendanceReport report = sample("zoom-webinar-attendees.csv");

    assertEquals(List.of(), report.problems(), "registrants who did not come are not errors");
    assertEquals(Optional.of("zoom-webinar"), report.layout());
    assertEquals(Optional.of("MMM d, yyyy H:mm:ss"), report.datePattern());
    assertEquals(Optional.of("Nov 30, 2026 07:58:10"), report.dateExample());
    assertEquals(2, report.absent());
    assertEquals(
        List.of("laxmi@example.org", "laxmi@example.org", "maria@example.org"),
        report.rows().stream().map(Row::email).toList(),
        "the attendees' details, not the host's");
    assertEquals(Instant.parse("2026-11-30T06:58:10Z"), report.rows().get(0).joinedAt());
    assertEquals((40 + 45) * 60 + 30, credited(report, "laxmi@example.org"));
  }

  @Test
  void aTeamsReportInGermanWithTwoDigitYearsIsReadFromItsActivities() throws IOException {
    AttendanceReport report = sample("teams-attendance-de.csv");

    assertEquals(List.of(), report.problems());
    assertEquals(Optional.of("teams"), report.layout());
    assertEquals(Optional.of("d.M.yy H:mm:ss"), report.datePattern());
    assertEquals(Optional.of("30.11.26, 07:55:02"), report.dateExample());
    assertEquals(5, report.rows().size(), "the activities, not the first-join summary");
    assertEquals(Instant.parse("2026-11-30T07:45:30Z"), report.rows().get(2).joinedAt());
    assertEquals((48 + 35) * 60, credited(report, "Sita Gurung"), "(Gast) is the same guest");
  }

  @Test
  void theLegacyTeamsAttendanceListPairsEachJoinWithTheNextLeave() throws IOException {
    AttendanceReport report = sample("teams-attendance-list.csv");

    assertEquals(List.of(), report.problems());
    assertEquals(Optional.of("teams-list"), report.layout());
    assertEquals(Optional.of("M/d/yyyy h:mm:ss a"), report.datePattern());
    assertEquals((40 + 45) * 60 + 30, credited(report, "Laxmi Learner"));
    assertEquals(30 * 60, credited(report, "Ram Thapa"));
    assertEquals((48 + 35) * 60, credited(report, "Sita Gurung"));
    Row teresa =
        report.rows().stream().filter(r -> r.name().equals("Teresa Trainer")).findFirst().get();
    assertEquals(
        Instant.parse("2026-11-30T08:31:00Z"),
        teresa.leftAt(),
        "still in the meeting: until the list's last time");
  }

  @Test
  void aZoomMeetingSummaryAloneIsNeverTakenForTheParticipants() {
    String csv =
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
            + "812 3456 7890,Health toolkit webinar,11/30/2026 07:55:02 AM,"
            + "11/30/2026 09:34:10 AM,trainer@example.org,100,4\n";

    AttendanceReport report = AttendanceReport.read(utf8(csv), BRUSSELS, NOV30);

    assertFalse(report.found());
    assertTrue(report.rows().isEmpty());
    AttendanceReport.Problem problem = report.problems().get(0);
    assertEquals("error.attendance.summary-only", problem.key());
    assertTrue(problem.message(Locale.ENGLISH).contains("Meeting ID, Topic"), problem.toString());
    assertTrue(problem.message(Locale.ENGLISH).contains("participants report"), problem.toString());
  }

  @Test
  void datesInEveryCommonPatternAndMonthNamesInFourLanguages() {
    Instant joined = Instant.parse("2026-11-30T06:58:10Z");
    Map<String, String> written =
        Map.ofEntries(
            Map.entry("Nov 30, 2026 07:58:10", "MMM d, yyyy H:mm:ss"),
            Map.entry("November 30, 2026 7:58:10 AM", "MMM d, yyyy h:mm:ss a"),
            Map.entry("30 nov. 2026 07:58:10", "d MMM yyyy H:mm:ss"),
            Map.entry("30 de noviembre de 2026 7:58:10", "d MMM yyyy H:mm:ss"),
            Map.entry("30. Nov. 2026 07:58:10", "d MMM yyyy H:mm:ss"),
            Map.entry("30 déc. 2026 07:58:10", "d MMM yyyy H:mm:ss"),
            Map.entry("30.11.26, 07:58:10", "d.M.yy H:mm:ss"),
            Map.entry("30/11/2026 07:58:10", "d/M/yyyy H:mm:ss"),
            Map.entry("30/11/26 7:58:10 a. m.", "d/M/yy h:mm:ss a"),
            Map.entry("11/30/26, 7:58:10\u202FAM", "M/d/yy h:mm:ss a"),
            Map.entry("2026-11-30 07:58:10", "ISO 8601 (yyyy-MM-dd HH:mm:ss)"));
    written.forEach(
        (text, pattern) -> {
          ReportDates dates = ReportDates.of(List.of(text), BRUSSELS, NOV30);
          assertEquals(pattern, dates.written().orElseThrow().pattern(), text);
          Instant expected = text.contains("déc") ? joined.plus(Duration.ofDays(30)) : joined;
          if (!text.contains("déc")) {
            assertEquals(expected, dates.read(text), text);
          }
        });
  }

  @Test
  void theFilesPatternDecidesDayAndMonthForEveryRow() {
    // 3 December 2026: 03/12 is day-first, as the other rows of the file show (13/12 is no month).
    Instant start = Instant.parse("2026-12-03T09:00:00Z");
    ReportDates dates =
        ReportDates.of(
            List.of("03/12/2026 10:00:00", "03/12/2026 11:00:00", "13/12/2026 10:00:00"),
            BRUSSELS,
            start);
    assertEquals("d/M/yyyy H:mm:ss", dates.written().orElseThrow().pattern());
    assertEquals(start, dates.read("03/12/2026 10:00:00"));
  }

  @Test
  void guestMarksAndZoomsOriginalNames() {
    assertEquals("Sita Gurung", ParticipantName.clean("Sita Gurung (Guest)", false));
    assertEquals("Sita Gurung", ParticipantName.clean("Sita Gurung (Gast)", false));
    assertEquals("Sita Gurung", ParticipantName.clean("Sita  Gurung (Invité)", false));
    assertEquals("Sita Gurung", ParticipantName.clean("Sita Gurung (invitada)", false));
    assertEquals("Sita Gurung", ParticipantName.clean("Sita G (Sita Gurung)", true));
    assertEquals("Ram Thapa (MoFA)", ParticipantName.clean("Ram Thapa (MoFA)", false));
    assertEquals("Ram Thapa", ParticipantName.clean("Ram Thapa (External)", false));
  }

  @Test
  void readingStaysLinearInTheNumberOfRows() {
    StringBuilder csv = new StringBuilder("Name,Email,Join Time,Leave Time\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("Person ")
          .append(i)
          .append(",p")
          .append(i)
          .append("@example.org,11/30/2026 08:00:00 AM,11/30/2026 09:00:00 AM\n");
    }
    // CPU time, not wall-clock time: a busy machine does not make the reader slower.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long started = threads.getCurrentThreadCpuTime();
    AttendanceReport report = AttendanceReport.read(utf8(csv.toString()), BRUSSELS, NOV30);
    long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
    assertEquals(20_000, report.rows().size());
    assertTrue(millis < 4_000, "20,000 rows took " + millis + " ms of CPU");
  }

  static AttendanceReport sample(String name) throws IOException {
    try (InputStream in = AttendanceReportTest.class.getResourceAsStream("/attendance/" + name)) {
      return AttendanceReport.read(in.readAllBytes(), BRUSSELS, NOV30);
    }
  }

  /** The seconds one participant (by e-mail, else name) is credited with in the sample session. */
  static long credited(AttendanceReport report, String who) {
    return PresenceTally.creditedSeconds(
        report.rows().stream()
            .filter(r -> who.equals(r.email()) || (r.email() == null && who.equals(r.name())))
            .map(r -> new PresenceTally.Stretch(r.joinedAt(), r.leftAt(), r.seconds()))
            .toList(),
        NOV30,
        END);
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
