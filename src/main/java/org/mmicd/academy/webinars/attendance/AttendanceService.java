package org.mmicd.academy.webinars.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.SessionNews;
import org.mmicd.academy.webinars.SessionStatus;
import org.mmicd.academy.webinars.SessionTimes;

/**
 * Attendance: the trainer's roll call and the meeting tool's report. Importing is idempotent: the
 * same file is recognised by its hash and changes nothing; a different file that repeats stretches
 * already known adds only what is new.
 */
@ApplicationScoped
public class AttendanceService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AccountService accounts;
  @Inject Event<AttendanceChanged> changed;

  /** What an import did. */
  public record ImportResult(
      AttendanceImport source,
      boolean alreadyImported,
      List<AttendanceReport.Problem> problems,
      List<Unmatched> unmatched) {}

  /** A participant of a report that no account has been matched to yet. */
  public record Unmatched(String participantKey, String name, String email, long seconds) {}

  @Transactional
  public ImportResult importReport(
      Person actor, long sessionId, String fileName, byte[] content, String timeZone) {
    LiveSession session = lock(sessionId);
    LiveSessionService.requireManager(actor, session);
    requireTakingPlace(session);
    if (content == null || content.length == 0) {
      throw DomainException.invalid("file", "error.attendance.empty");
    }
    String sha256 = sha256(content);
    Optional<AttendanceImport> earlier =
        em.createQuery(
                "select i from AttendanceImport i where i.session.id = :session"
                    + " and i.fileSha256 = :sha",
                AttendanceImport.class)
            .setParameter("session", sessionId)
            .setParameter("sha", sha256)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return new ImportResult(earlier.get(), true, earlier.get().problems(), unmatched(session));
    }
    ZoneId zone =
        timeZone == null || timeZone.isBlank() ? session.timeZone() : SessionTimes.zone(timeZone);
    String name = fileName == null || fileName.isBlank() ? "attendance.csv" : fileName.strip();
    AttendanceReport report = AttendanceReport.read(content, zone, session.startsAt());
    refuseIfNothingRead(report, name);
    Instant now = clock.instant();
    AttendanceImport source =
        new AttendanceImport(
            session, name, sha256, zone.getId(), now, em.find(Person.class, actor.id()));
    source.read(report);
    em.persist(source);
    record(session, source, report, now);
    session.markHeld(now);
    return new ImportResult(source, false, report.problems(), unmatched(session));
  }

  /**
   * A file in which no participants' table was found, or no row of it could be read, is refused
   * with what was found instead; a webinar report whose registrants all stayed away is not.
   */
  private static void refuseIfNothingRead(AttendanceReport report, String fileName) {
    if (!report.rows().isEmpty() || (report.found() && report.absent() > 0)) {
      return;
    }
    AttendanceReport.Problem first = report.problems().get(0);
    Object reason =
        report.found()
            ? DomainException.invalid(
                "file", "attendance.problem", String.valueOf(first.line()), first.refusal())
            : first.refusal();
    throw DomainException.invalid("file", "error.attendance.unreadable", fileName, reason);
  }

  /**
   * Stores the stretches not already known (a file that overlaps an earlier one adds only what is
   * new) and decides again for everyone they concern. Linear in the number of rows: the known
   * stretches are looked up in a set, each participant's account once.
   */
  private void record(
      LiveSession session, AttendanceImport source, AttendanceReport report, Instant now) {
    List<ReportedPresence> known = presenceOf(session);
    Set<String> stretches = new HashSet<>();
    Map<String, Person> matchedBefore = new HashMap<>();
    for (ReportedPresence presence : known) {
      stretches.add(presence.stretchKey());
      if (presence.person() != null) {
        matchedBefore.putIfAbsent(presence.participantKey(), presence.person());
      }
    }
    Map<String, Optional<Person>> participants = new LinkedHashMap<>();
    Map<Long, Person> affected = new LinkedHashMap<>();
    int newRows = 0;
    for (AttendanceReport.Row row : report.rows()) {
      String key = participantKey(row.email(), row.name());
      Optional<Person> person =
          participants.computeIfAbsent(
              key,
              k ->
                  Optional.ofNullable(matchedBefore.get(k))
                      .or(() -> Optional.ofNullable(row.email()).flatMap(accounts::findByEmail)));
      ReportedPresence presence =
          new ReportedPresence(session, source, row, key, person.orElse(null));
      if (!stretches.add(presence.stretchKey())) {
        continue;
      }
      em.persist(presence);
      known.add(presence);
      newRows++;
      person.ifPresent(p -> affected.putIfAbsent(p.id(), p));
    }
    long matched = participants.values().stream().filter(Optional::isPresent).count();
    source.record(
        report.rows().size(), newRows, (int) matched, participants.size() - (int) matched);
    em.flush();
    decide(session, affected.values(), known, now);
    changed.fire(new AttendanceChanged(session.id(), Set.copyOf(affected.keySet())));
  }

  /** A trainer tells which account an unmatched participant is; their time counts from now on. */
  @Transactional
  public Attendance match(Person actor, long sessionId, String participantKey, String email) {
    LiveSession session = lock(sessionId);
    LiveSessionService.requireManager(actor, session);
    Person person =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> DomainException.invalid("email", "error.account.no-email", email));
    List<ReportedPresence> all = presenceOf(session);
    List<ReportedPresence> stretches =
        all.stream()
            .filter(p -> p.participantKey().equals(participantKey) && p.person() == null)
            .toList();
    if (stretches.isEmpty()) {
      throw DomainException.notFound("error.attendance.no-participant", participantKey);
    }
    Person managed = em.find(Person.class, person.id());
    stretches.forEach(p -> p.matchTo(managed));
    em.flush();
    Attendance attendance = decide(session, managed, all, clock.instant());
    changed.fire(new AttendanceChanged(session.id(), Set.of(managed.id())));
    return attendance;
  }

  /** The trainer's roll call: present, absent, or null to go back to the reported time. */
  @Transactional
  public Attendance rollCall(Person actor, long sessionId, long personId, RollCall call) {
    LiveSession session = lock(sessionId);
    LiveSessionService.requireManager(actor, session);
    requireTakingPlace(session);
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw DomainException.notFound("error.account.not-found", String.valueOf(personId));
    }
    Instant now = clock.instant();
    Attendance attendance = attendanceOf(session, person).orElse(null);
    if (attendance == null) {
      attendance = new Attendance(session, person);
      em.persist(attendance);
    }
    attendance.call(call, session, now);
    session.markHeld(now);
    changed.fire(new AttendanceChanged(session.id(), Set.of(person.id())));
    return attendance;
  }

  void sessionChanged(@Observes SessionNews.SessionChanged news) {
    if (news.attendanceAffected()) {
      decideAgain(news.session());
    }
  }

  /** After the threshold or duration changed: every decision is made again. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decideAgain(LiveSession session) {
    Instant now = clock.instant();
    Map<Long, List<PresenceTally.Stretch>> byPerson = stretchesByPerson(presenceOf(session));
    Set<Long> people = new HashSet<>();
    for (Attendance attendance : attendanceOf(session)) {
      attendance.present(credited(session, byPerson.get(attendance.person().id())), session, now);
      people.add(attendance.person().id());
    }
    changed.fire(new AttendanceChanged(session.id(), people));
  }

  public List<Attendance> attendanceOf(LiveSession session) {
    return em.createQuery(
            "select a from Attendance a where a.session.id = :session order by a.person.displayName",
            Attendance.class)
        .setParameter("session", session.id())
        .getResultList();
  }

  public List<AttendanceImport> importsOf(LiveSession session) {
    return em.createQuery(
            "select i from AttendanceImport i where i.session.id = :session"
                + " order by i.importedAt desc, i.id desc",
            AttendanceImport.class)
        .setParameter("session", session.id())
        .getResultList();
  }

  public List<Unmatched> unmatched(LiveSession session) {
    Map<String, List<ReportedPresence>> byKey = new LinkedHashMap<>();
    presenceOf(session).stream()
        .filter(p -> p.person() == null)
        .forEach(p -> byKey.computeIfAbsent(p.participantKey(), k -> new ArrayList<>()).add(p));
    List<Unmatched> unmatched = new ArrayList<>();
    byKey.forEach(
        (key, stretches) ->
            unmatched.add(
                new Unmatched(
                    key,
                    stretches.get(0).participantName(),
                    stretches.get(0).participantEmail(),
                    PresenceTally.creditedSeconds(
                        stretches.stream().map(ReportedPresence::stretch).toList(),
                        session.startsAt(),
                        session.endsAt()))));
    return unmatched;
  }

  /**
   * The sessions a person attended (held, and attended by roll call or reported time): what
   * completion rules count.
   */
  public List<LiveSession> attendedBy(Person person) {
    return em.createQuery(
            "select a.session from Attendance a where a.person.id = :person and a.attended = true"
                + " and a.session.status <> :cancelled order by a.session.startsAt",
            LiveSession.class)
        .setParameter("person", person.id())
        .setParameter("cancelled", SessionStatus.CANCELLED)
        .getResultList();
  }

  private Attendance decide(
      LiveSession session, Person person, List<ReportedPresence> all, Instant now) {
    decide(session, List.of(person), all, now);
    return attendanceOf(session, person).orElseThrow();
  }

  /** Each person's attendance decided from their reported time: one query, one pass. */
  private void decide(
      LiveSession session, Collection<Person> people, List<ReportedPresence> all, Instant now) {
    if (people.isEmpty()) {
      return;
    }
    Map<Long, List<PresenceTally.Stretch>> byPerson = stretchesByPerson(all);
    Map<Long, Attendance> existing = new HashMap<>();
    attendanceOf(session).forEach(a -> existing.put(a.person().id(), a));
    for (Person person : people) {
      Attendance attendance = existing.get(person.id());
      if (attendance == null) {
        attendance = new Attendance(session, em.find(Person.class, person.id()));
        em.persist(attendance);
      }
      attendance.present(credited(session, byPerson.get(person.id())), session, now);
    }
  }

  private static Map<Long, List<PresenceTally.Stretch>> stretchesByPerson(
      List<ReportedPresence> all) {
    Map<Long, List<PresenceTally.Stretch>> byPerson = new HashMap<>();
    for (ReportedPresence presence : all) {
      if (presence.person() != null) {
        byPerson
            .computeIfAbsent(presence.person().id(), id -> new ArrayList<>())
            .add(presence.stretch());
      }
    }
    return byPerson;
  }

  private static long credited(LiveSession session, List<PresenceTally.Stretch> stretches) {
    return stretches == null
        ? 0
        : PresenceTally.creditedSeconds(stretches, session.startsAt(), session.endsAt());
  }

  private Optional<Attendance> attendanceOf(LiveSession session, Person person) {
    return em.createQuery(
            "select a from Attendance a where a.session.id = :session and a.person.id = :person",
            Attendance.class)
        .setParameter("session", session.id())
        .setParameter("person", person.id())
        .getResultStream()
        .findFirst();
  }

  private List<ReportedPresence> presenceOf(LiveSession session) {
    return new ArrayList<>(
        em.createQuery(
                "select p from ReportedPresence p where p.session.id = :session order by p.id",
                ReportedPresence.class)
            .setParameter("session", session.id())
            .getResultList());
  }

  private void requireTakingPlace(LiveSession session) {
    if (session.status() == SessionStatus.CANCELLED) {
      throw DomainException.conflict("error.attendance.cancelled", session.title());
    }
    if (clock.instant().isBefore(session.startsAt())) {
      throw DomainException.conflict("error.attendance.not-started", session.title());
    }
  }

  static String participantKey(String email, String name) {
    if (email != null && !email.isBlank()) {
      return email.strip().toLowerCase(Locale.ROOT);
    }
    return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
  }

  private LiveSession lock(long id) {
    LiveSession session = em.find(LiveSession.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (session == null) {
      throw DomainException.notFound("error.session.not-found", String.valueOf(id));
    }
    return session;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
