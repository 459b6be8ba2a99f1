package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.certificates.CertificateService;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.CoordinatorScopes;
import org.mmicd.academy.identity.PasswordHasher;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Registration;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.Cohort;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.platform.PlatformSettings;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.RegistrationService;
import org.mmicd.academy.webinars.RegistrationStatus;
import org.mmicd.academy.webinars.SessionCommand;
import org.mmicd.academy.webinars.attendance.AttendanceService;
import org.mmicd.academy.webinars.attendance.RollCall;

/** The demo cohorts and completions themselves, each part in one transaction. */
@ApplicationScoped
class DemoCohortData {

  static final String NEPAL_COORDINATOR = "coordinator-np@demo.mmicd.org";
  static final String LOADED = "demo-cohorts";
  static final String COMPLETED = "demo-completions";
  private static final Logger LOG = Logger.getLogger(DemoCohortData.class.getName());

  /** A cohort of the demo: name, course, country, organisation, workshop venue. */
  private record Plan(
      String name,
      String course,
      String country,
      String organisation,
      String venue,
      String zone,
      List<String> workshopModules) {}

  private LiveSession workshop(Person trainer, Plan plan, Cohort cohort, Instant now, int daysAgo) {
    ZoneId zone = ZoneId.of(plan.zone());
    LocalDateTime start =
        LocalDateTime.ofInstant(now.minus(Duration.ofDays(daysAgo)), zone)
            .withHour(9)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    return sessions.schedule(
        trainer,
        new SessionCommand(
            "workshop",
            "Workshop: " + plan.name(),
            "A day applying the toolkits to the participants' own plans and programmes.",
            start.toString(),
            plan.zone(),
            360,
            30,
            null,
            plan.venue(),
            plan.country(),
            cohort.id(),
            plan.workshopModules(),
            List.of(trainer.email()),
            75,
            null));
  }

  private static final List<Plan> PLANS =
      List.of(
          new Plan(
              "Ecuador — GAD planners 2026",
              "track-ecuador",
              "EC",
              "Gobiernos autónomos descentralizados",
              "Cuenca, Gobierno Provincial del Azuay, sala de capacitación",
              "America/Guayaquil",
              List.of("country-ecuador", "toolkit-governance")),
          new Plan(
              "Ecuador — Core course 2026",
              "mmicd-blended",
              "EC",
              "Ministerio de Relaciones Exteriores y Movilidad Humana",
              "Quito, Ministerio de Relaciones Exteriores y Movilidad Humana",
              "America/Guayaquil",
              List.of("guidelines-mainstreaming-cycle")),
          new Plan(
              "Madagascar — MAEP 2026",
              "track-madagascar",
              "MG",
              "Ministère de l'Agriculture, de l'Élevage et de la Pêche",
              "Antananarivo, MAEP, salle de formation",
              "Indian/Antananarivo",
              List.of("country-madagascar", "toolkit-rural-development")),
          new Plan(
              "Madagascar — Core course 2026",
              "mmicd-blended",
              "MG",
              "Commune d'Ambalavao",
              "Ambalavao, salle de réunion de la commune",
              "Indian/Antananarivo",
              List.of("guidelines-mainstreaming-cycle")),
          new Plan(
              "Nepal — Provincial officials 2026",
              "track-nepal",
              "NP",
              "Provincial governments",
              "Pokhara, Gandaki Province training centre",
              "Asia/Kathmandu",
              List.of("country-nepal", "toolkit-employment")),
          new Plan(
              "Nepal — Core course 2026",
              "mmicd-blended",
              "NP",
              "Ministry of Labour, Employment and Social Security",
              "Kathmandu, training hall",
              "Asia/Kathmandu",
              List.of("guidelines-mainstreaming-cycle")));

  @PersistenceContext EntityManager em;
  @Inject PlatformSettings platformSettings;
  @Inject AccountService accounts;
  @Inject PasswordHasher passwords;
  @Inject CoordinatorScopes scopes;
  @Inject CatalogService catalog;
  @Inject CohortService cohorts;
  @Inject LearningService learning;
  @Inject CertificateService certificates;
  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject AttendanceService attendance;
  @Inject Clock clock;

  @Transactional
  public void loadOnce() {
    Optional<Person> admin = accounts.findByEmail("admin@demo.mmicd.org");
    if (platformSettings.find(LOADED).isPresent() || admin.isEmpty()) {
      return;
    }
    Person alex = admin.get();
    scopes.assign(alex, "coordinator@demo.mmicd.org", true, List.of());
    if (accounts.findByEmail(NEPAL_COORDINATOR).isEmpty()) {
      accounts.createWithHash(
          new Registration(
              NEPAL_COORDINATOR,
              "Nirmala Coordinator",
              DemoGenerator.PASSWORD,
              "NP",
              "Ministry of Labour, Employment and Social Security",
              "en",
              null),
          passwords.hash(DemoGenerator.PASSWORD),
          EnumSet.of(Role.COORDINATOR, Role.LEARNER));
    }
    scopes.assign(alex, NEPAL_COORDINATOR, false, List.of("NP"));

    List<String> trainers = List.of("trainer@demo.mmicd.org", "admin@demo.mmicd.org");
    LocalDate start = LocalDate.now(clock).minusMonths(10).withDayOfMonth(1);
    Map<String, Cohort> byCourseAndCountry = new HashMap<>();
    for (Plan plan : PLANS) {
      if (catalog.findCourse(plan.course()).isEmpty()) {
        continue;
      }
      Cohort cohort =
          cohorts.create(
              alex,
              new CohortService.CohortCommand(
                  plan.name(),
                  plan.course(),
                  plan.country(),
                  plan.organisation(),
                  start,
                  start.plusMonths(14).minusDays(1),
                  plan.course().startsWith("track-") ? trainers : List.of(trainers.get(0))));
      byCourseAndCountry.put(plan.course() + "/" + plan.country(), cohort);
    }
    // Everyone on a country track is in its cohort; two in three on the core course are in their
    // country's cohort, the others learn on their own.
    List<Enrollment> enrollments =
        em.createQuery(
                "select e from Enrollment e where e.learner.email like '%@demo.mmicd.org'"
                    + " order by e.id",
                Enrollment.class)
            .getResultList();
    Map<String, Integer> core = new HashMap<>();
    for (Enrollment enrollment : enrollments) {
      Person learner = enrollment.learner();
      String country = learner.country() == null ? "" : learner.country().code();
      Cohort cohort = byCourseAndCountry.get(enrollment.course().id() + "/" + country);
      boolean track = enrollment.course().id().startsWith("track-");
      if (cohort != null && (track || core.merge(country, 1, Integer::sum) % 3 != 0)) {
        learning.placeInCohort(enrollment, cohort);
      }
    }
    platformSettings.put(LOADED, clock.instant().toString());
    LOG.info(() -> "Demo cohorts loaded: " + byCourseAndCountry.size());
  }

  @Transactional
  public void completeOnce() {
    Optional<Person> trainer = accounts.findByEmail("trainer@demo.mmicd.org");
    if (platformSettings.find(LOADED).isEmpty()
        || platformSettings.find(COMPLETED).isPresent()
        || trainer.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Random random = new Random(20260101L);
    int completed = 0;
    for (Plan plan : PLANS) {
      Optional<Cohort> cohort = cohorts.findByName(plan.name());
      Optional<Course> course = catalog.findCourse(plan.course());
      if (cohort.isEmpty() || course.isEmpty()) {
        continue;
      }
      List<Enrollment> members =
          em.createQuery(
                  "select e from Enrollment e where e.cohort.id = :cohort order by e.id",
                  Enrollment.class)
              .setParameter("cohort", cohort.get().id())
              .getResultList();
      Map<Enrollment, Integer> percents = new HashMap<>();
      List<Enrollment> farAlong = new ArrayList<>();
      for (Enrollment enrollment : members) {
        int percent = learning.view(enrollment, "en").percent();
        percents.put(enrollment, percent);
        if (percent >= 60) {
          farAlong.add(enrollment);
        }
      }
      if (farAlong.isEmpty()) {
        continue;
      }
      // Two workshops per cohort, eight months and five weeks ago: each learner far along went
      // to the first one after their enrolment, so completions spread over the months.
      List<LiveSession> workshops = new ArrayList<>();
      for (int daysAgo : new int[] {240, 35}) {
        workshops.add(workshop(trainer.get(), plan, cohort.get(), now, daysAgo));
      }
      for (int i = 0; i < farAlong.size(); i++) {
        Enrollment enrollment = farAlong.get(i);
        Person learner = enrollment.learner();
        Optional<LiveSession> workshop =
            workshops.stream()
                .filter(w -> w.startsAt().isAfter(enrollment.enrolledAt()))
                .findFirst();
        if (workshop.isEmpty()) {
          continue;
        }
        LiveSession held = workshop.get();
        registrations.importRegistration(
            held,
            learner,
            RegistrationStatus.REGISTERED,
            held.startsAt().minus(Duration.ofDays(10)));
        boolean present = i % 5 != 4;
        if (percents.get(enrollment) >= 100) {
          // History: these learners finished months ago. Their completion is written with its
          // own date before the roll call, so the live rule does not complete them again today.
          Instant finished =
              enrollment.lastActivityAt() == null ? held.startsAt() : enrollment.lastActivityAt();
          for (ModuleInCourse module : course.get().modules()) {
            if (module.required()) {
              learning.recordQuizPassed(
                  learner, module.moduleId(), 70 + random.nextInt(31), finished.minusSeconds(3600));
            }
          }
          if (present) {
            Instant when =
                (finished.isAfter(held.endsAt()) ? finished : held.endsAt())
                    .plus(Duration.ofDays(1 + random.nextInt(6)));
            learning.markCompleted(enrollment, when.isAfter(now) ? now : when);
            certificates.certifyCompleted(enrollment);
            completed++;
          }
        }
        attendance.rollCall(
            trainer.get(), held.id(), learner.id(), present ? RollCall.PRESENT : RollCall.ABSENT);
      }
    }
    platformSettings.put(COMPLETED, now.toString());
    int done = completed;
    LOG.info(() -> "Demo completions: " + done);
  }
}
