package org.mmicd.academy.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/**
 * Seats and the waiting list. Every change runs with the session's row locked, so two people taking
 * the last seat at the same moment (on one instance or two) are served one after the other: one
 * gets the seat, the other the first place in the queue.
 */
@ApplicationScoped
public class RegistrationService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Audience audience;
  @Inject Event<SessionNews> news;

  @Transactional
  public SessionRegistration register(Person actor, long sessionId) {
    LiveSession session = lock(sessionId);
    Instant now = clock.instant();
    if (!session.registrationOpen(now)) {
      throw DomainException.conflict(
          session.status() == SessionStatus.CANCELLED
              ? "error.registration.cancelled"
              : "error.registration.closed",
          session.title());
    }
    if (!actor.isStaff() && !session.openTo(actor, audience.moduleIdsOf(actor))) {
      throw DomainException.forbidden(
          session.country() == null
              ? "error.registration.not-for-you"
              : "error.registration.not-for-you-country",
          session.title(),
          String.join(", ", session.moduleIds()),
          session.country() == null ? "" : session.country().name());
    }
    List<SessionRegistration> all = of(session);
    SeatPlan plan = new SeatPlan(session.capacity(), all);
    RegistrationStatus status = plan.admit();
    Optional<SessionRegistration> existing =
        all.stream().filter(r -> r.person().id().equals(actor.id())).findFirst();
    SessionRegistration registration;
    if (existing.isPresent()) {
      registration = existing.get();
      if (registration.status().active()) {
        throw DomainException.conflict(
            registration.status() == RegistrationStatus.REGISTERED
                ? "error.registration.already"
                : "error.registration.already-waiting",
            session.title());
      }
      registration.renew(status, now);
    } else {
      registration =
          new SessionRegistration(session, em.find(Person.class, actor.id()), status, now);
      em.persist(registration);
    }
    em.flush();
    if (status == RegistrationStatus.REGISTERED) {
      news.fire(new SessionNews.SeatTaken(session, registration, false));
    } else {
      news.fire(
          new SessionNews.WaitingListJoined(
              session, registration, positionOf(session, registration)));
    }
    return registration;
  }

  /** Gives up a seat or a place in the queue; the first in the queue takes a freed seat. */
  @Transactional
  public SessionRegistration cancel(Person actor, long sessionId) {
    LiveSession session = lock(sessionId);
    Instant now = clock.instant();
    SessionRegistration registration =
        find(sessionId, actor.id())
            .filter(r -> r.status().active())
            .orElseThrow(
                () -> DomainException.notFound("error.registration.none", session.title()));
    if (!now.isBefore(session.startsAt())) {
      throw DomainException.conflict("error.registration.started", session.title());
    }
    boolean hadSeat = registration.status() == RegistrationStatus.REGISTERED;
    registration.cancel(now);
    em.flush();
    if (session.status().upcoming()) {
      news.fire(new SessionNews.PlaceGivenUp(session, registration, hadSeat));
    }
    promoteWaiting(session);
    return registration;
  }

  /** Fills free seats from the head of the waiting list (after a cancellation or more seats). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void promoteWaiting(LiveSession session) {
    Instant now = clock.instant();
    if (!session.registrationOpen(now)) {
      return;
    }
    for (SessionRegistration next : new SeatPlan(session.capacity(), of(session)).toPromote()) {
      next.promote(now);
      em.flush();
      news.fire(new SessionNews.SeatTaken(session, next, true));
    }
  }

  /**
   * Records a registration that happened elsewhere (demo data, a list from another system), with
   * its own time and without mail.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public SessionRegistration importRegistration(
      LiveSession session, Person person, RegistrationStatus status, Instant when) {
    SessionRegistration registration = new SessionRegistration(session, person, status, when);
    em.persist(registration);
    return registration;
  }

  public Optional<SessionRegistration> find(long sessionId, long personId) {
    return em.createQuery(
            "select r from SessionRegistration r where r.session.id = :session"
                + " and r.person.id = :person",
            SessionRegistration.class)
        .setParameter("session", sessionId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  public List<SessionRegistration> of(LiveSession session) {
    return em.createQuery(
            "select r from SessionRegistration r where r.session.id = :session"
                + " order by r.registeredAt, r.id",
            SessionRegistration.class)
        .setParameter("session", session.id())
        .getResultList();
  }

  /** A person's registrations that are still active, soonest session first. */
  public List<SessionRegistration> of(Person person) {
    return em.createQuery(
            "select r from SessionRegistration r where r.person.id = :person"
                + " and r.status <> :cancelled order by r.session.startsAt",
            SessionRegistration.class)
        .setParameter("person", person.id())
        .setParameter("cancelled", RegistrationStatus.CANCELLED)
        .getResultList();
  }

  public int positionOf(LiveSession session, SessionRegistration registration) {
    return new SeatPlan(session.capacity(), of(session)).positionOf(registration);
  }

  private LiveSession lock(long id) {
    LiveSession session = em.find(LiveSession.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw DomainException.notFound("error.session.not-found", String.valueOf(id));
    }
    return session;
  }
}
