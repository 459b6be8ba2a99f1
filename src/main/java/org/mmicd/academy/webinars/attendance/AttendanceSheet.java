package org.mmicd.academy.webinars.attendance;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.RegistrationStatus;
import org.mmicd.academy.webinars.SessionRegistration;

/**
 * A session's attendance as the API shows it: one line per person registered or seen, the
 * participants of imported reports no account matches yet, and the imports made.
 */
public record AttendanceSheet(
    long sessionId,
    String status,
    int attendanceThreshold,
    int durationMinutes,
    List<Line> people,
    List<UnmatchedView> unmatched,
    List<ImportView> imports)
    implements Serializable {

  /** One person: their registration, the time reported, the roll call and the decision. */
  public record Line(
      long personId,
      String email,
      String displayName,
      String registration,
      long minutesPresent,
      String rollCall,
      boolean attended)
      implements Serializable {

    static Line of(Attendance attendance, String registration) {
      return new Line(
          attendance.person().id(),
          attendance.person().email(),
          attendance.person().displayName(),
          registration,
          attendance.secondsPresent() / 60,
          attendance.rollCall() == null ? null : attendance.rollCall().key(),
          attendance.attended());
    }
  }

  /** A participant of a report who is not matched to an account. */
  public record UnmatchedView(String participant, String name, String email, long minutesPresent)
      implements Serializable {}

  /**
   * One imported file and what it did: how it was read ({@code layout}, the pattern of its dates
   * with one of them, and {@code readAs} saying so in the reader's language), registrants it listed
   * as absent, and its unreadable rows in the reader's language.
   */
  public record ImportView(
      long id,
      String fileName,
      Instant importedAt,
      String timeZone,
      boolean alreadyImported,
      int rows,
      int newRows,
      int matched,
      int unmatchedParticipants,
      String layout,
      String datePattern,
      String dateExample,
      int absent,
      String readAs,
      List<String> problems,
      List<UnmatchedView> unmatched)
      implements Serializable {

    static ImportView of(AttendanceService.ImportResult result, Locale locale) {
      AttendanceImport source = result.source();
      return of(
          source,
          result.alreadyImported(),
          result.alreadyImported() ? 0 : source.newRowCount(),
          result.problems(),
          result.unmatched().stream().map(AttendanceSheet::unmatched).toList(),
          locale);
    }

    static ImportView of(AttendanceImport source, Locale locale) {
      return of(source, false, source.newRowCount(), source.problems(), List.of(), locale);
    }

    private static ImportView of(
        AttendanceImport source,
        boolean again,
        int newRows,
        List<AttendanceReport.Problem> problems,
        List<UnmatchedView> unmatched,
        Locale locale) {
      return new ImportView(
          source.id(),
          source.fileName(),
          source.importedAt(),
          source.timeZone(),
          again,
          source.rowCount(),
          newRows,
          source.matchedCount(),
          source.unmatchedCount(),
          source.layout(),
          source.datePattern(),
          source.dateExample(),
          source.absentCount(),
          readAs(source, locale),
          problems.stream().map(p -> p.message(locale)).toList(),
          unmatched);
    }

    /** "Read as a Zoom webinar attendee report; dates as MMM d, yyyy H:mm:ss (such as …)." */
    static String readAs(AttendanceImport source, Locale locale) {
      if (source.layout() == null) {
        return null;
      }
      String layout = DomainException.format(locale, "attendance.layout." + source.layout());
      return source.datePattern() == null
          ? DomainException.format(locale, "attendance.readAsDurations", layout)
          : DomainException.format(
              locale, "attendance.readAs", layout, source.datePattern(), source.dateExample());
    }
  }

  static UnmatchedView unmatched(AttendanceService.Unmatched u) {
    return new UnmatchedView(u.participantKey(), u.name(), u.email(), u.seconds() / 60);
  }

  /** The same sheet for the people given only, such as the learners of one cohort. */
  public AttendanceSheet onlyFor(java.util.Set<Long> personIds) {
    return new AttendanceSheet(
        sessionId,
        status,
        attendanceThreshold,
        durationMinutes,
        people.stream().filter(p -> personIds.contains(p.personId())).toList(),
        unmatched,
        imports);
  }

  static AttendanceSheet of(
      LiveSession session,
      List<SessionRegistration> registrations,
      List<Attendance> attendance,
      List<AttendanceService.Unmatched> unmatched,
      List<AttendanceImport> imports,
      Locale locale) {
    Map<Long, String> registrationOf = new HashMap<>();
    registrations.forEach(r -> registrationOf.put(r.person().id(), r.status().key()));
    Map<Long, Line> lines = new java.util.LinkedHashMap<>();
    for (Attendance a : attendance) {
      lines.put(a.person().id(), Line.of(a, registrationOf.get(a.person().id())));
    }
    List<Line> people = new ArrayList<>(lines.values());
    for (SessionRegistration r : registrations) {
      if (r.status() == RegistrationStatus.REGISTERED && !lines.containsKey(r.person().id())) {
        people.add(
            new Line(
                r.person().id(),
                r.person().email(),
                r.person().displayName(),
                r.status().key(),
                0,
                null,
                false));
      }
    }
    people.sort(java.util.Comparator.comparing(Line::displayName).thenComparing(Line::email));
    return new AttendanceSheet(
        session.id(),
        session.status().key(),
        session.attendanceThreshold(),
        (int) session.duration().toMinutes(),
        people,
        unmatched.stream().map(AttendanceSheet::unmatched).toList(),
        imports.stream().map(i -> ImportView.of(i, locale)).toList());
  }
}
