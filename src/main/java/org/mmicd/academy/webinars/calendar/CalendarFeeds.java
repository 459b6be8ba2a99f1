package org.mmicd.academy.webinars.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Secret;
import org.mmicd.academy.platform.Settings;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.RegistrationService;
import org.mmicd.academy.webinars.RegistrationStatus;
import org.mmicd.academy.webinars.SessionRegistration;

/**
 * Personal calendar subscriptions: the sessions a person has a seat in or leads, from two months
 * back. A session cancelled by its trainers stays in the feed as cancelled so that calendars strike
 * it out; one the person left disappears from it.
 */
@ApplicationScoped
public class CalendarFeeds {

  static final Duration HISTORY = Duration.ofDays(60);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CalendarEntries calendarEntries;
  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject Settings settings;

  /** A feed just made, with its secret: shown this once, kept only as a hash. */
  public record IssuedFeed(CalendarFeed feed, String secret) {}

  public Optional<CalendarFeed> findFeed(Person person) {
    return Optional.ofNullable(em.find(CalendarFeed.class, person.id()));
  }

  /** A new secret URL (the person's first, or one that replaces the old, which stops working). */
  @Transactional
  public IssuedFeed issue(Person person) {
    CalendarFeed feed = em.find(CalendarFeed.class, person.id());
    if (feed == null) {
      feed = new CalendarFeed(person.id());
      em.persist(feed);
    }
    String secret = feed.renew(clock.instant());
    return new IssuedFeed(feed, secret);
  }

  /** The secret's feed URL, from the public address of the platform. */
  public String url(String secret) {
    return settings.apiUri("calendar/" + secret + ".ics").toString();
  }

  /** The feed behind a secret, as iCalendar text; empty for an unknown secret. */
  @Transactional
  public Optional<String> calendarFor(String secret) {
    List<CalendarFeed> feeds =
        em.createQuery(
                "select f from CalendarFeed f where f.secretHash = :hash", CalendarFeed.class)
            .setParameter("hash", Secret.hash(secret))
            .getResultList();
    if (feeds.isEmpty()) {
      return Optional.empty();
    }
    CalendarFeed feed = feeds.get(0);
    Person person = em.find(Person.class, feed.personId());
    if (person == null || !person.active()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (feed.lastFetchedAt() == null
        || feed.lastFetchedAt().plus(Duration.ofMinutes(5)).isBefore(now)) {
      feed.fetched(now);
    }
    return Optional.of(
        calendarEntries
            .calendar()
            .feed("MMICD Academy: " + person.displayName(), entriesOf(person, now), now));
  }

  List<SessionCalendar.Entry> entriesOf(Person person, Instant now) {
    Instant since = now.minus(HISTORY);
    Map<Long, SessionCalendar.Entry> entries = new LinkedHashMap<>();
    em.createQuery(
            "select r from SessionRegistration r where r.person.id = :person"
                + " and r.status = :registered and r.session.startsAt >= :since"
                + " order by r.session.startsAt",
            SessionRegistration.class)
        .setParameter("person", person.id())
        .setParameter("registered", RegistrationStatus.REGISTERED)
        .setParameter("since", since)
        .getResultList()
        .forEach(
            r ->
                entries.put(
                    r.session().id(), calendarEntries.entry(r.session(), person, true, false)));
    em.createQuery(
            "select s from LiveSession s join s.trainers t where t.id = :person"
                + " and s.startsAt >= :since order by s.startsAt",
            LiveSession.class)
        .setParameter("person", person.id())
        .setParameter("since", since)
        .getResultList()
        .forEach(s -> entries.putIfAbsent(s.id(), calendarEntries.entry(s, person, true, false)));
    return new ArrayList<>(entries.values());
  }

  /**
   * One session as a download for a reader allowed to see it: with its join details when the reader
   * has a seat or is staff.
   */
  public String single(Person reader, long sessionId) {
    LiveSession session = sessions.getVisible(reader, sessionId);
    boolean seated =
        reader.isStaff()
            || registrations
                .find(sessionId, reader.id())
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .isPresent();
    return calendarEntries
        .calendar()
        .publish(calendarEntries.entry(session, reader, seated, false), clock.instant());
  }
}
