package org.mmicd.academy.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.platform.DomainException;

/** Scheduling, changing and cancelling live sessions, and finding them for each audience. */
@ApplicationScoped
public class LiveSessionService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AccountService accounts;
  @Inject CohortService cohorts;
  @Inject Audience audience;
  @Inject RegistrationService registrations;
  @Inject Event<SessionNews> news;

  /** Seats taken and people waiting, per session. */
  public record Seats(long taken, long waiting) {
    static final Seats NONE = new Seats(0, 0);
  }

  @Transactional
  public LiveSession schedule(Person actor, SessionCommand command) {
    if (!Audience.mayLead(actor)) {
      throw DomainException.forbidden("error.session.trainers-only");
    }
    LiveSession session =
        new LiveSession(details(command, actor, null), em.find(Person.class, actor.id()), now());
    em.persist(session);
    em.flush();
    return session;
  }

  @Transactional
  public LiveSession revise(Person actor, long id, SessionCommand command) {
    LiveSession session = lock(id);
    requireManager(actor, session);
    SessionDetails details = details(command, actor, session);
    Set<LiveSession.Change> changes = session.revise(details, now());
    em.flush();
    if (!changes.isEmpty()) {
      news.fire(new SessionNews.SessionChanged(session, registrations.of(session), changes));
    }
    if (changes.contains(LiveSession.Change.CAPACITY)) {
      registrations.promoteWaiting(session);
    }
    return session;
  }

  @Transactional
  public LiveSession cancel(Person actor, long id, String reason) {
    LiveSession session = lock(id);
    requireManager(actor, session);
    session.cancel(reason, now());
    em.flush();
    news.fire(new SessionNews.SessionCancelled(session, registrations.of(session)));
    return session;
  }

  /** Sessions whose end has passed took place unless they were cancelled. */
  @Transactional
  public int markEndedSessionsHeld() {
    Instant now = now();
    List<LiveSession> started =
        em.createQuery(
                "select s from LiveSession s where s.status in :upcoming and s.startsAt < :now"
                    + " order by s.startsAt",
                LiveSession.class)
            .setParameter("upcoming", List.of(SessionStatus.SCHEDULED, SessionStatus.CHANGED))
            .setParameter("now", now)
            .setMaxResults(200)
            .getResultList();
    int held = 0;
    for (LiveSession session : started) {
      if (!session.endsAt().isAfter(now)) {
        session.markHeld(now);
        held++;
      }
    }
    return held;
  }

  public Optional<LiveSession> find(long id) {
    return Optional.ofNullable(em.find(LiveSession.class, id));
  }

  public LiveSession get(long id) {
    return find(id)
        .orElseThrow(() -> DomainException.notFound("error.session.not-found", String.valueOf(id)));
  }

  /** A session the person may see: staff see all, learners those for them or theirs. */
  public LiveSession getVisible(Person viewer, long id) {
    LiveSession session = get(id);
    if (!visibleTo(viewer, session, audience.moduleIdsOf(viewer))) {
      throw DomainException.forbidden("error.session.not-for-you", String.valueOf(id));
    }
    return session;
  }

  public LiveSession getManaged(Person actor, long id) {
    LiveSession session = get(id);
    requireManager(actor, session);
    return session;
  }

  boolean visibleTo(Person viewer, LiveSession session, Set<String> modules) {
    return viewer.isStaff()
        || session.openTo(viewer, modules)
        || registrations.find(session.id(), viewer.id()).isPresent();
  }

  /** Every session starting in [from, to), for trainers' and coordinators' calendars. */
  public List<LiveSession> between(Instant from, Instant to) {
    return between(from, to, 0, Integer.MAX_VALUE);
  }

  /** One page of the sessions starting in [from, to), in start order. */
  public List<LiveSession> between(Instant from, Instant to, int offset, int limit) {
    return em.createQuery(
            "select s from LiveSession s where s.startsAt >= :from and s.startsAt < :to"
                + " order by s.startsAt, s.id",
            LiveSession.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Sessions for a learner's courses and country (and any they registered for) that end after
   * {@code from}, soonest first.
   */
  public List<LiveSession> forLearner(Person learner, Instant from) {
    Set<String> modules = audience.moduleIdsOf(learner);
    Map<Long, LiveSession> found = new LinkedHashMap<>();
    Instant earliestStart = from.minus(Duration.ofMinutes(SessionDetails.MAX_MINUTES));
    if (!modules.isEmpty()) {
      em
          .createQuery(
              "select distinct s from LiveSession s join s.moduleIds m where m in :modules"
                  + " and s.startsAt >= :from",
              LiveSession.class)
          .setParameter("modules", modules)
          .setParameter("from", earliestStart)
          .getResultList()
          .stream()
          .filter(s -> s.openTo(learner, modules))
          .forEach(s -> found.put(s.id(), s));
    }
    registrations.of(learner).stream()
        .map(SessionRegistration::session)
        .filter(s -> !s.startsAt().isBefore(earliestStart))
        .forEach(s -> found.putIfAbsent(s.id(), s));
    return found.values().stream()
        .filter(s -> s.endsAt().isAfter(from))
        .sorted(
            java.util.Comparator.comparing(LiveSession::startsAt).thenComparing(LiveSession::id))
        .toList();
  }

  /** Sessions of a learner's courses that took place since {@code since}, latest first. */
  public List<LiveSession> pastForLearner(Person learner, Instant since) {
    Set<String> modules = audience.moduleIdsOf(learner);
    Instant now = now();
    List<LiveSession> past = new ArrayList<>();
    if (!modules.isEmpty()) {
      em
          .createQuery(
              "select distinct s from LiveSession s join s.moduleIds m where m in :modules"
                  + " and s.startsAt >= :since and s.startsAt < :now and s.status = :held",
              LiveSession.class)
          .setParameter("modules", modules)
          .setParameter("since", since)
          .setParameter("now", now)
          .setParameter("held", SessionStatus.HELD)
          .getResultList()
          .stream()
          .filter(s -> s.openTo(learner, modules) && !s.endsAt().isAfter(now))
          .forEach(past::add);
    }
    past.sort(java.util.Comparator.comparing(LiveSession::startsAt).reversed());
    return past;
  }

  /** Seats taken and waiting for each of the sessions, in one query. */
  public Map<Long, Seats> seats(Collection<LiveSession> sessions) {
    Map<Long, Seats> seats = new HashMap<>();
    if (sessions.isEmpty()) {
      return seats;
    }
    List<Long> ids = sessions.stream().map(LiveSession::id).toList();
    Map<Long, long[]> counts = new HashMap<>();
    em.createQuery(
            "select r.session.id, r.status, count(r) from SessionRegistration r"
                + " where r.session.id in :ids and r.status <> :cancelled"
                + " group by r.session.id, r.status",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("cancelled", RegistrationStatus.CANCELLED)
        .getResultList()
        .forEach(
            row -> {
              long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
              c[row[1] == RegistrationStatus.REGISTERED ? 0 : 1] += ((Number) row[2]).longValue();
            });
    ids.forEach(
        id -> {
          long[] c = counts.get(id);
          seats.put(id, c == null ? Seats.NONE : new Seats(c[0], c[1]));
        });
    return seats;
  }

  public List<Person> trainers() {
    return em.createQuery(
            "select distinct p from Person p join p.roles r where r in :roles and p.active = true"
                + " order by p.displayName",
            Person.class)
        .setParameter(
            "roles",
            List.of(org.mmicd.academy.identity.Role.TRAINER, org.mmicd.academy.identity.Role.ADMIN))
        .getResultList();
  }

  public List<LearningModule> modules() {
    return em.createQuery(
            "select m from LearningModule m where m.retired = false order by m.id",
            LearningModule.class)
        .getResultList();
  }

  /** The session, locked until the transaction ends: registrations and imports queue behind. */
  private LiveSession lock(long id) {
    LiveSession session = em.find(LiveSession.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw DomainException.notFound("error.session.not-found", String.valueOf(id));
    }
    return session;
  }

  public static void requireManager(Person actor, LiveSession session) {
    if (!Audience.mayManage(actor, session)) {
      throw DomainException.forbidden("error.session.not-leader", session.title());
    }
  }

  private SessionDetails details(SessionCommand command, Person actor, LiveSession existing) {
    SessionKind kind;
    try {
      kind = SessionKind.of(command.kind());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("kind", "error.session.kind");
    }
    ZoneId zone = SessionTimes.zone(command.timeZone());
    Instant start = SessionTimes.resolve(command.startsAt(), zone);
    Country country =
        command.country() == null || command.country().isBlank()
            ? null
            : accounts.getCountry(command.country().strip());
    Set<String> modules = new LinkedHashSet<>();
    for (String id : command.moduleIds() == null ? List.<String>of() : command.moduleIds()) {
      if (id == null || id.isBlank()) {
        continue;
      }
      LearningModule module = em.find(LearningModule.class, id.strip());
      boolean keptFromBefore = existing != null && existing.moduleIds().contains(id.strip());
      if (module == null || (module.retired() && !keptFromBefore)) {
        throw DomainException.invalid("moduleIds", "error.session.unknown-module", id);
      }
      modules.add(module.id());
    }
    List<Person> trainers = new ArrayList<>();
    List<String> emails = command.trainerEmails() == null ? List.of() : command.trainerEmails();
    for (String email : emails) {
      if (email == null || email.isBlank()) {
        continue;
      }
      Person trainer =
          accounts
              .findByEmail(email)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "trainerEmails", "error.session.unknown-trainer", email));
      if (!Audience.mayLead(trainer)) {
        throw DomainException.invalid(
            "trainerEmails", "error.session.not-a-trainer", trainer.email());
      }
      if (trainers.stream().noneMatch(t -> t.id().equals(trainer.id()))) {
        trainers.add(em.find(Person.class, trainer.id()));
      }
    }
    if (trainers.isEmpty()) {
      trainers =
          existing != null ? existing.trainers() : List.of(em.find(Person.class, actor.id()));
    }
    return new SessionDetails(
        kind,
        command.title(),
        command.description(),
        start,
        Duration.ofMinutes(command.durationMinutes() == null ? 0 : command.durationMinutes()),
        zone,
        command.capacity() == null ? 0 : command.capacity(),
        command.joinUrl(),
        command.venue(),
        country,
        command.cohortId() == null
            ? null
            : cohorts
                .findCohort(command.cohortId())
                .orElseThrow(
                    () ->
                        DomainException.invalid(
                            "cohortId", "error.learning.noCohort", command.cohortId())),
        modules,
        trainers,
        command.attendanceThreshold() == null
            ? SessionCommand.DEFAULT_THRESHOLD
            : command.attendanceThreshold(),
        command.recordingUrl());
  }

  private Instant now() {
    return clock.instant();
  }
}
