package org.mmicd.academy.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.identity.Person;

/** Builds what viewers see of sessions, with seat counts and their own registration. */
@ApplicationScoped
public class SessionViews {

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject Clock clock;

  public List<SessionView> of(Collection<LiveSession> list, Person viewer, ZoneId zone) {
    return of(list, viewer, zone, Locale.forLanguageTag(viewer.language()));
  }

  /** The sessions in the viewer's zone and in the language of the page they are on. */
  public List<SessionView> of(
      Collection<LiveSession> list, Person viewer, ZoneId zone, Locale locale) {
    Map<Long, LiveSessionService.Seats> seats = sessions.seats(list);
    Map<Long, SessionRegistration> mine = new HashMap<>();
    registrations.of(viewer).forEach(r -> mine.put(r.session().id(), r));
    return list.stream()
        .map(
            s ->
                view(
                    s,
                    viewer,
                    zone,
                    locale,
                    seats.getOrDefault(s.id(), LiveSessionService.Seats.NONE),
                    Optional.ofNullable(mine.get(s.id()))))
        .toList();
  }

  public SessionView of(LiveSession session, Person viewer, ZoneId zone) {
    return of(List.of(session), viewer, zone).get(0);
  }

  private SessionView view(
      LiveSession s,
      Person viewer,
      ZoneId zone,
      Locale locale,
      LiveSessionService.Seats seats,
      Optional<SessionRegistration> registration) {
    boolean seated =
        registration.map(r -> r.status() == RegistrationStatus.REGISTERED).orElse(false);
    boolean staff = viewer.isStaff();
    Instant now = clock.instant();
    SessionView.Registration own =
        registration
            .map(
                r ->
                    new SessionView.Registration(
                        r.status().key(),
                        r.status() == RegistrationStatus.WAITING
                            ? registrations.positionOf(s, r)
                            : null,
                        r.registeredAt()))
            .orElse(null);
    return new SessionView(
        s.id(),
        s.calendarUid(),
        s.kind().key(),
        s.title(),
        s.description(),
        s.status().key(),
        s.startsAt(),
        s.endsAt(),
        (int) s.duration().toMinutes(),
        s.timeZone().getId(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.startsAt().atZone(s.timeZone())),
        zone.getId(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.startsAt().atZone(zone)),
        SessionTimes.span(s.startsAt(), s.duration(), zone, locale),
        SessionTimes.organiserTime(s.startsAt(), s.timeZone(), zone, locale),
        s.capacity(),
        seats.taken(),
        Math.max(0, s.capacity() - seats.taken()),
        seats.waiting(),
        s.moduleIds().stream().sorted().toList(),
        s.country() == null ? null : s.country().code(),
        s.cohort() == null ? null : s.cohort().id(),
        s.cohort() == null ? null : s.cohort().name(),
        s.trainers().stream()
            .map(t -> new SessionView.Trainer(t.id(), t.displayName(), staff ? t.email() : null))
            .toList(),
        seated || staff ? s.joinUrl() : null,
        s.venue(),
        s.recordingUrl(),
        s.attendanceThreshold(),
        s.sequence(),
        s.cancelReason(),
        s.registrationOpen(now),
        own);
  }
}
