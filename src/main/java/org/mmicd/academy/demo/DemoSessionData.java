package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.platform.PlatformSettings;
import org.mmicd.academy.webinars.Audience;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.RegistrationService;
import org.mmicd.academy.webinars.RegistrationStatus;
import org.mmicd.academy.webinars.SessionDetails;
import org.mmicd.academy.webinars.SessionKind;
import org.mmicd.academy.webinars.SessionTimes;
import org.mmicd.academy.webinars.attendance.AttendanceService;
import org.mmicd.academy.webinars.attendance.RollCall;

/**
 * The demo sessions, a table of what trainers scheduled and what became of it, in one transaction.
 */
@ApplicationScoped
class DemoSessionData {

  static final String LOADED = "demo-live-sessions";

  /** Made by the demo cohorts, which load first; without it the sessions are for everyone. */
  static final String NEPAL_COHORT = "Nepal — Provincial officials 2026";

  private static final Logger LOG = Logger.getLogger(DemoSessionData.class.getName());
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
  private static final ZoneId ANTANANARIVO = ZoneId.of("Indian/Antananarivo");

  @PersistenceContext EntityManager em;
  @Inject PlatformSettings platformSettings;
  @Inject AccountService accounts;
  @Inject CohortService cohorts;
  @Inject Audience audience;
  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject AttendanceService attendance;
  @Inject Clock clock;

  /** Who leads a session: the demo trainer (Teresa), the demo admin (Alex), or both. */
  private enum Lead {
    TERESA,
    ALEX,
    BOTH
  }

  /** What becomes of a session after it is scheduled. */
  private enum Outcome {
    /** Upcoming: the listed learners register through the service (mail goes to the outbox). */
    REGISTERED,
    /** Held online: the learners registered beforehand and a Zoom report was imported. */
    ZOOM_REPORT,
    /** Held in person: the trainer took the roll call (the last learner absent). */
    ROLL_CALL,
    /** Cancelled after the learners registered. */
    CANCELLED
  }

  /** Who takes part: generated learners of a country, and whether Laxmi, the demo learner, does. */
  private record Participants(String country, int learners, boolean withDemoLearner) {}

  /** One demo session, as a trainer would schedule it, and what happened to it. */
  private record SessionSpec(
      SessionKind kind,
      String title,
      String description,
      int daysFromToday,
      LocalTime localStart,
      ZoneId zone,
      int minutes,
      int capacity,
      String country,
      String cohort,
      Set<String> modules,
      Lead lead,
      String recordingUrl,
      List<Participants> participants,
      Outcome outcome) {}

  private static final List<SessionSpec> SESSIONS =
      List.of(
          new SessionSpec(
              SessionKind.WEBINAR,
              "Returning migrant workers and local employment services",
              "How municipalities in Nepal can reach returnees with employment services, with the"
                  + " employment toolkit and the findings of the MMICD assessment.",
              -21,
              LocalTime.of(10, 0),
              BRUSSELS,
              90,
              40,
              "NP",
              NEPAL_COHORT,
              Set.of("country-nepal", "toolkit-employment"),
              Lead.BOTH,
              "https://media.example.org/mmicd/nepal-employment-webinar",
              List.of(new Participants("NP", 8, true)),
              Outcome.ZOOM_REPORT),
          new SessionSpec(
              SessionKind.WORKSHOP,
              "Taller: la movilidad humana en los planes de desarrollo local",
              "Trabajo en grupos sobre el plan de desarrollo de su gobierno autónomo"
                  + " descentralizado, con el toolkit de gobernanza.",
              -14,
              LocalTime.of(9, 0),
              GUAYAQUIL,
              360,
              25,
              "EC",
              null,
              Set.of("country-ecuador", "toolkit-governance"),
              Lead.TERESA,
              null,
              List.of(new Participants("EC", 7, false)),
              Outcome.ROLL_CALL),
          new SessionSpec(
              SessionKind.WORKSHOP,
              "Atelier : la migration dans le plan d'urbanisme de la commune",
              "Une journée avec les services techniques de la commune pour intégrer la mobilité"
                  + " dans le plan d'urbanisme, avec le toolkit développement urbain.",
              -10,
              LocalTime.of(8, 30),
              ANTANANARIVO,
              420,
              25,
              "MG",
              null,
              Set.of("country-madagascar", "toolkit-urban-development"),
              Lead.ALEX,
              null,
              List.of(new Participants("MG", 7, false)),
              Outcome.ROLL_CALL),
          new SessionSpec(
              SessionKind.WEBINAR,
              "Health toolkit: continuity of care for returning migrants",
              "We go through the health toolkit with the programmes you run: screening, referral"
                  + " and follow-up of migrants who return.",
              6,
              LocalTime.of(10, 0),
              BRUSSELS,
              90,
              30,
              "NP",
              NEPAL_COHORT,
              Set.of("toolkit-health"),
              Lead.BOTH,
              null,
              List.of(new Participants("NP", 5, true)),
              Outcome.REGISTERED),
          new SessionSpec(
              SessionKind.WEBINAR,
              "Seminario web: servicios para personas en movilidad humana",
              "Cómo usar el catálogo de servicios a personas en movilidad humana en la"
                  + " planificación cantonal.",
              9,
              LocalTime.of(15, 0),
              GUAYAQUIL,
              60,
              3,
              "EC",
              null,
              Set.of("country-ecuador", "toolkit-urban-development"),
              Lead.TERESA,
              null,
              List.of(new Participants("EC", 4, false)),
              Outcome.REGISTERED),
          new SessionSpec(
              SessionKind.WORKSHOP,
              "Atelier régional : migration et développement rural",
              "Les programmes agricoles et la mobilité saisonnière des jeunes : analyse et pistes"
                  + " d'action avec le toolkit développement rural.",
              20,
              LocalTime.of(9, 0),
              ANTANANARIVO,
              480,
              25,
              "MG",
              null,
              Set.of("country-madagascar", "toolkit-rural-development"),
              Lead.ALEX,
              null,
              List.of(new Participants("MG", 3, false)),
              Outcome.REGISTERED),
          new SessionSpec(
              SessionKind.WEBINAR,
              "Mainstreaming cycle clinic: bring your own project",
              "An open clinic for every country: bring a policy, programme or project and work"
                  + " out where migration enters each step of its cycle.",
              13,
              LocalTime.of(13, 0),
              BRUSSELS,
              120,
              100,
              null,
              null,
              Set.of("guidelines-mainstreaming-cycle"),
              Lead.BOTH,
              null,
              List.of(new Participants("PH", 2, false), new Participants("BE", 2, false)),
              Outcome.REGISTERED),
          new SessionSpec(
              SessionKind.WEBINAR,
              "Security toolkit: community policing and migrants",
              "Postponed: a new date follows.",
              3,
              LocalTime.of(11, 0),
              KATHMANDU,
              60,
              40,
              "NP",
              null,
              Set.of("toolkit-security"),
              Lead.ALEX,
              null,
              List.of(new Participants("NP", 2, false)),
              Outcome.CANCELLED));

  private static final String CANCELLATION =
      "The speaker from the partner agency is not available; we will announce a new date.";

  @Transactional
  public int load() {
    if (platformSettings.find(LOADED).isPresent()) {
      return 0;
    }
    Optional<Person> trainer = accounts.findByEmail("trainer@demo.mmicd.org");
    Optional<Person> admin = accounts.findByEmail("admin@demo.mmicd.org");
    Optional<Person> laxmi = accounts.findByEmail("learner@demo.mmicd.org");
    if (trainer.isEmpty() || admin.isEmpty() || laxmi.isEmpty()) {
      return 0;
    }
    Person teresa = em.find(Person.class, trainer.get().id());
    Person alex = em.find(Person.class, admin.get().id());
    Person demoLearner = em.find(Person.class, laxmi.get().id());
    for (SessionSpec spec : SESSIONS) {
      List<Person> leaders =
          switch (spec.lead()) {
            case TERESA -> List.of(teresa);
            case ALEX -> List.of(alex);
            case BOTH -> List.of(teresa, alex);
          };
      LiveSession session = schedule(spec, leaders);
      List<Person> people = new ArrayList<>();
      for (Participants group : spec.participants()) {
        if (group.withDemoLearner()) {
          people.add(demoLearner);
        }
        people.addAll(learnersOf(group.country(), group.learners()));
      }
      Person organiser = leaders.get(leaders.size() - 1);
      switch (spec.outcome()) {
        case REGISTERED -> register(session, people);
        case ZOOM_REPORT -> {
          registerBefore(session, people, Duration.ofDays(6));
          importZoomReport(session, people, organiser);
        }
        case ROLL_CALL -> rollCall(session, people, organiser);
        case CANCELLED -> {
          register(session, people);
          sessions.cancel(organiser, session.id(), CANCELLATION);
        }
      }
    }
    platformSettings.put(LOADED, clock.instant().toString());
    LOG.info(() -> "Demo live sessions loaded: " + SESSIONS.size());
    return SESSIONS.size();
  }

  private LiveSession schedule(SessionSpec spec, List<Person> leaders) {
    boolean online = spec.kind() == SessionKind.WEBINAR;
    Set<String> present =
        spec.modules().stream()
            .filter(id -> em.find(org.mmicd.academy.catalog.LearningModule.class, id) != null)
            .collect(java.util.stream.Collectors.toSet());
    ZonedStart start = at(spec.daysFromToday(), spec.localStart(), spec.zone());
    SessionDetails details =
        new SessionDetails(
            spec.kind(),
            spec.title(),
            spec.description(),
            start.instant(),
            Duration.ofMinutes(spec.minutes()),
            start.zone(),
            spec.capacity(),
            online ? "https://meet.example.org/mmicd-" + Math.abs(spec.title().hashCode()) : null,
            online ? null : venueIn(spec.country()),
            spec.country() == null ? null : accounts.getCountry(spec.country()),
            spec.cohort() == null ? null : cohorts.findByName(spec.cohort()).orElse(null),
            present.isEmpty() ? spec.modules() : present,
            leaders,
            75,
            spec.recordingUrl());
    LiveSession session =
        new LiveSession(details, leaders.get(leaders.size() - 1), clock.instant());
    em.persist(session);
    em.flush();
    if (start.instant().isBefore(clock.instant())) {
      session.markHeld(clock.instant());
    }
    return session;
  }

  /** Registrations made before a session that has already been held. */
  private void registerBefore(LiveSession session, List<Person> people, Duration before) {
    for (Person person : people) {
      registrations.importRegistration(
          session, person, RegistrationStatus.REGISTERED, session.startsAt().minus(before));
    }
  }

  /** A start as the organiser set it: the instant and the organiser's zone. */
  private record ZonedStart(Instant instant, ZoneId zone) {}

  private static String venueIn(String country) {
    return switch (country) {
      case "EC" ->
          "Quito, Ministerio de Relaciones Exteriores y Movilidad Humana, sala de formación";
      case "MG" -> "Ambalavao, salle de réunion de la commune";
      default -> "Kathmandu, training hall";
    };
  }

  /** Registers through the service, so invitations and reminders land in the outbox. */
  private void register(LiveSession session, List<Person> people) {
    for (Person person : people) {
      if (session.openTo(person, audience.moduleIdsOf(person))) {
        registrations.register(person, session.id());
      }
    }
  }

  private void rollCall(LiveSession session, List<Person> people, Person trainer) {
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      registrations.importRegistration(
          session,
          person,
          RegistrationStatus.REGISTERED,
          session.startsAt().minus(Duration.ofDays(9)));
      attendance.rollCall(
          trainer,
          session.id(),
          person.id(),
          i == people.size() - 1 ? RollCall.ABSENT : RollCall.PRESENT);
    }
  }

  /** A Zoom participants report: some stayed, one dropped out and rejoined, some left early. */
  private void importZoomReport(LiveSession session, List<Person> people, Person trainer) {
    DateTimeFormatter zoom =
        DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", java.util.Locale.ENGLISH);
    ZoneId zone = session.timeZone();
    StringBuilder csv =
        new StringBuilder(
            "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n");
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      Instant start = session.startsAt();
      if (i == 0) {
        line(
            csv,
            person.displayName(),
            person.email(),
            start.minusSeconds(120),
            start.plusSeconds(50 * 60),
            zone,
            zoom);
        line(
            csv,
            person.displayName(),
            person.email(),
            start.plusSeconds(55 * 60),
            start.plusSeconds(91 * 60),
            zone,
            zoom);
      } else {
        int minutes = i % 3 == 0 ? 30 : 85;
        line(
            csv,
            person.displayName(),
            person.email(),
            start.plusSeconds(60L * (i % 4)),
            start.plusSeconds(60L * minutes),
            zone,
            zoom);
      }
    }
    line(
        csv,
        "Observer from the ministry",
        "observer@mole.gov.example",
        session.startsAt(),
        session.startsAt().plusSeconds(80 * 60),
        zone,
        zoom);
    attendance.importReport(
        trainer,
        session.id(),
        "zoom-participants-nepal-employment.csv",
        csv.toString().getBytes(StandardCharsets.UTF_8),
        zone.getId());
  }

  private static void line(
      StringBuilder csv,
      String name,
      String email,
      Instant join,
      Instant leave,
      ZoneId zone,
      DateTimeFormatter format) {
    csv.append('"')
        .append(name)
        .append("\",")
        .append(email)
        .append(',')
        .append(format.format(join.atZone(zone)))
        .append(',')
        .append(format.format(leave.atZone(zone)))
        .append(',')
        .append(Duration.between(join, leave).toMinutes())
        .append(",No\n");
  }

  private List<Person> learnersOf(String country, int count) {
    return em
        .createQuery(
            "select p from Person p where p.country.code = :country and p.email like :demo"
                + " order by p.id",
            Person.class)
        .setParameter("country", country)
        .setParameter("demo", "learner%@demo.mmicd.org")
        .setMaxResults(count + 1)
        .getResultList()
        .stream()
        .filter(p -> !p.email().equals("learner@demo.mmicd.org"))
        .limit(count)
        .toList();
  }

  private ZonedStart at(int days, LocalTime time, ZoneId zone) {
    LocalDate date = LocalDate.now(clock.withZone(zone)).plusDays(days);
    return new ZonedStart(SessionTimes.resolveLenient(date.atTime(time), zone), zone);
  }
}
