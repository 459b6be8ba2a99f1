package org.mmicd.academy.webinars;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A live session as the API shows it to one viewer: the instant in UTC, the organiser's wall-clock
 * start, and the start in the viewer's zone, both as ISO text and as a sentence in their language.
 * The join link is only shown to people with a seat and to staff.
 */
public record SessionView(
    long id,
    String calendarUid,
    String kind,
    String title,
    String description,
    String status,
    Instant startsAt,
    Instant endsAt,
    int durationMinutes,
    String timeZone,
    String organiserStart,
    String viewerTimeZone,
    String viewerStart,
    String when,
    String organiserTime,
    int capacity,
    long seatsTaken,
    long seatsLeft,
    long waiting,
    List<String> moduleIds,
    String country,
    Long cohortId,
    String cohort,
    List<Trainer> trainers,
    String joinUrl,
    String venue,
    String recordingUrl,
    int attendanceThreshold,
    int sequence,
    String cancelReason,
    boolean registrationOpen,
    Registration registration)
    implements Serializable {

  /** A trainer who leads the session; the e-mail is shown to staff only. */
  /**
   * Upcoming sessions as people look for them: those that will take place first, in their order,
   * then the cancelled ones, still listed so that nobody travels for nothing.
   */
  public static List<SessionView> cancelledLast(List<SessionView> sessions) {
    return java.util.stream.Stream.concat(
            sessions.stream().filter(s -> !"cancelled".equals(s.status())),
            sessions.stream().filter(s -> "cancelled".equals(s.status())))
        .toList();
  }

  public record Trainer(long id, String displayName, String email) implements Serializable {}

  /** The viewer's own place in the session. */
  public record Registration(String status, Integer waitingPosition, Instant registeredAt)
      implements Serializable {}
}
