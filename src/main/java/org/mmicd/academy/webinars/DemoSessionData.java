package org.mmicd.academy.webinars;

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

/** The demo sessions themselves, written in one transaction. */
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
    List<LiveSession> made = new ArrayList<>();

    LiveSession nepalHeld =
        session(
            SessionKind.WEBINAR,
            "Returning migrant workers and local employment services",
            "How municipalities in Nepal can reach returnees with employment services, with the"
                + " employment toolkit and the findings of the MMICD assessment.",
            at(-21, 10, 0, BRUSSELS),
            90,
            40,
            "NP",
            NEPAL_COHORT,
            Set.of("country-nepal", "toolkit-employment"),
            List.of(teresa, alex),
            "https://media.example.org/mmicd/nepal-employment-webinar",
            alex);
    made.add(nepalHeld);
    List<Person> nepalis = learnersOf("NP", 8);
    List<Person> nepalRegistered = new ArrayList<>();
    nepalRegistered.add(em.find(Person.class, laxmi.get().id()));
    nepalRegistered.addAll(nepalis);
    for (Person person : nepalRegistered) {
      registrations.importRegistration(
          nepalHeld,
          person,
          RegistrationStatus.REGISTERED,
          nepalHeld.startsAt().minus(Duration.ofDays(6)));
    }
    importZoomReport(nepalHeld, nepalRegistered, alex);

    LiveSession ecuadorHeld =
        session(
            SessionKind.WORKSHOP,
            "Taller: la movilidad humana en los planes de desarrollo local",
            "Trabajo en grupos sobre el plan de desarrollo de su gobierno autónomo descentralizado,"
                + " con el toolkit de gobernanza.",
            at(-14, 9, 0, GUAYAQUIL),
            360,
            25,
            "EC",
            null,
            Set.of("country-ecuador", "toolkit-governance"),
            List.of(teresa),
            null,
            teresa);
    made.add(ecuadorHeld);
    rollCall(ecuadorHeld, learnersOf("EC", 7), teresa);

    LiveSession madagascarHeld =
        session(
            SessionKind.WORKSHOP,
            "Atelier : la migration dans le plan d'urbanisme de la commune",
            "Une journée avec les services techniques de la commune pour intégrer la mobilité dans"
                + " le plan d'urbanisme, avec le toolkit développement urbain.",
            at(-10, 8, 30, ANTANANARIVO),
            420,
            25,
            "MG",
            null,
            Set.of("country-madagascar", "toolkit-urban-development"),
            List.of(alex),
            null,
            alex);
    made.add(madagascarHeld);
    rollCall(madagascarHeld, learnersOf("MG", 7), alex);

    Instant now = clock.instant();
    LiveSession health =
        session(
            SessionKind.WEBINAR,
            "Health toolkit: continuity of care for returning migrants",
            "We go through the health toolkit with the programmes you run: screening, referral"
                + " and follow-up of migrants who return.",
            at(6, 10, 0, BRUSSELS),
            90,
            30,
            "NP",
            NEPAL_COHORT,
            Set.of("toolkit-health"),
            List.of(teresa, alex),
            null,
            alex);
    made.add(health);
    register(health, List.of(laxmi.get()));
    register(health, learnersOf("NP", 5));

    LiveSession ecuadorWebinar =
        session(
            SessionKind.WEBINAR,
            "Seminario web: servicios para personas en movilidad humana",
            "Cómo usar el catálogo de servicios a personas en movilidad humana en la planificación"
                + " cantonal.",
            at(9, 15, 0, GUAYAQUIL),
            60,
            3,
            "EC",
            null,
            Set.of("country-ecuador", "toolkit-urban-development"),
            List.of(teresa),
            null,
            teresa);
    made.add(ecuadorWebinar);
    register(ecuadorWebinar, learnersOf("EC", 4));

    LiveSession rural =
        session(
            SessionKind.WORKSHOP,
            "Atelier régional : migration et développement rural",
            "Les programmes agricoles et la mobilité saisonnière des jeunes : analyse et pistes"
                + " d'action avec le toolkit développement rural.",
            at(20, 9, 0, ANTANANARIVO),
            480,
            25,
            "MG",
            null,
            Set.of("country-madagascar", "toolkit-rural-development"),
            List.of(alex),
            null,
            alex);
    made.add(rural);
    register(rural, learnersOf("MG", 3));

    LiveSession clinic =
        session(
            SessionKind.WEBINAR,
            "Mainstreaming cycle clinic: bring your own project",
            "An open clinic for every country: bring a policy, programme or project and work out"
                + " where migration enters each step of its cycle.",
            at(13, 13, 0, BRUSSELS),
            120,
            100,
            null,
            null,
            Set.of("guidelines-mainstreaming-cycle"),
            List.of(alex, teresa),
            null,
            alex);
    made.add(clinic);
    register(clinic, learnersOf("PH", 2));
    register(clinic, learnersOf("BE", 2));

    LiveSession postponed =
        session(
            SessionKind.WEBINAR,
            "Security toolkit: community policing and migrants",
            "Postponed: a new date follows.",
            at(3, 11, 0, KATHMANDU),
            60,
            40,
            "NP",
            null,
            Set.of("toolkit-security"),
            List.of(alex),
            null,
            alex);
    made.add(postponed);
    register(postponed, learnersOf("NP", 2));
    sessions.cancel(
        alex,
        postponed.id(),
        "The speaker from the partner agency is not available; we will announce a new date.");

    platformSettings.put(LOADED, now.toString());
    LOG.info(() -> "Demo live sessions loaded: " + made.size());
    return made.size();
  }

  private LiveSession session(
      SessionKind kind,
      String title,
      String description,
      ZonedStart start,
      int minutes,
      int capacity,
      String country,
      String cohortName,
      Set<String> modules,
      List<Person> trainers,
      String recordingUrl,
      Person creator) {
    boolean online = kind == SessionKind.WEBINAR;
    Set<String> present =
        modules.stream()
            .filter(id -> em.find(org.mmicd.academy.catalog.LearningModule.class, id) != null)
            .collect(java.util.stream.Collectors.toSet());
    SessionDetails details =
        new SessionDetails(
            kind,
            title,
            description,
            start.instant(),
            Duration.ofMinutes(minutes),
            start.zone(),
            capacity,
            online ? "https://meet.example.org/mmicd-" + Math.abs(title.hashCode()) : null,
            online ? null : venueIn(country),
            country == null ? null : accounts.getCountry(country),
            cohortName == null ? null : cohorts.findByName(cohortName).orElse(null),
            present.isEmpty() ? modules : present,
            trainers,
            75,
            recordingUrl);
    LiveSession session = new LiveSession(details, creator, clock.instant());
    em.persist(session);
    em.flush();
    if (start.instant().isBefore(clock.instant())) {
      session.markHeld(clock.instant());
    }
    return session;
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

  private ZonedStart at(int days, int hour, int minute, ZoneId zone) {
    LocalDate date = LocalDate.now(clock.withZone(zone)).plusDays(days);
    return new ZonedStart(
        SessionTimes.resolveLenient(date.atTime(LocalTime.of(hour, minute)), zone), zone);
  }
}
