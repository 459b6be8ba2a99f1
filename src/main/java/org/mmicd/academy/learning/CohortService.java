package org.mmicd.academy.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.CoordinatorScope;
import org.mmicd.academy.identity.CoordinatorScopes;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

/**
 * Cohorts and who is in them. Admins and coordinators manage the cohorts of the countries they
 * cover (a cohort open to every country needs an admin or a coordinator of every country); trainers
 * see the cohorts they lead.
 */
@ApplicationScoped
public class CohortService {

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject AccountService accounts;
  @Inject CoordinatorScopes scopes;
  @Inject LearningService learning;
  @Inject Clock clock;

  /** What a coordinator sends to create or change a cohort. */
  public record CohortCommand(
      String name,
      String courseId,
      String country,
      String organisation,
      java.time.LocalDate startsOn,
      java.time.LocalDate endsOn,
      List<String> trainerEmails) {}

  /** What happened to one learner put in a cohort. */
  public enum Placement {
    ADDED,
    ENROLLED_AND_ADDED,
    MOVED,
    ALREADY_THERE
  }

  /** The outcome of an uploaded list: what was done line by line, and every line refused. */
  public record MemberImport(List<Placed> placed, List<Refused> refused) {}

  public record Placed(int line, String email, Placement placement) {}

  public record Refused(int line, String email, String key, List<Object> arguments) {}

  public Optional<Cohort> findCohort(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  public Optional<Cohort> findByName(String name) {
    return em.createQuery("select c from Cohort c where c.name = :name", Cohort.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** Every cohort, by name: for trainers choosing the cohort a session is for. */
  public List<Cohort> all() {
    return em.createQuery("select c from Cohort c order by c.name", Cohort.class).getResultList();
  }

  /** Everyone who may lead a cohort: trainers and admins. */
  public List<Person> trainers() {
    return em.createQuery(
            "select distinct p from Person p join p.roles r where r in :roles and p.active = true"
                + " order by p.displayName",
            Person.class)
        .setParameter("roles", List.of(Role.TRAINER, Role.ADMIN))
        .getResultList();
  }

  public Cohort getCohort(long id) {
    return findCohort(id)
        .orElseThrow(() -> DomainException.notFound("error.learning.noCohort", id));
  }

  /**
   * A cohort the person may see: admins any, coordinators those of their countries, trainers
   * theirs.
   */
  public Cohort getVisible(Person viewer, long id) {
    Cohort cohort = getCohort(id);
    if (!maySee(viewer, cohort)) {
      throw DomainException.forbidden("error.learning.cohortNotYours", cohort.name());
    }
    return cohort;
  }

  public boolean maySee(Person viewer, Cohort cohort) {
    return mayManage(viewer, cohort) || (viewer.hasRole(Role.TRAINER) && cohort.ledBy(viewer));
  }

  public boolean mayManage(Person actor, Cohort cohort) {
    return covers(actor, cohort.countryCode());
  }

  /**
   * The cohorts a person may see, by name; optionally only those of one course. Two or three
   * statements whatever the number of cohorts: the cohorts with their trainers, and the scope.
   */
  public List<Cohort> cohortsFor(Person viewer, String courseId) {
    boolean admin = viewer.hasRole(Role.ADMIN);
    Optional<CoordinatorScope> scope =
        viewer.hasRole(Role.COORDINATOR) ? scopes.findScope(viewer) : Optional.empty();
    boolean trainer = viewer.hasRole(Role.TRAINER);
    return em
        .createQuery(
            "select distinct c from Cohort c left join fetch c.trainers order by c.name",
            Cohort.class)
        .getResultList()
        .stream()
        .filter(c -> courseId == null || c.courseId().equals(courseId))
        .filter(
            c ->
                admin
                    || scope
                        .map(
                            s ->
                                c.countryCode() == null
                                    ? s.allCountries()
                                    : s.covers(c.countryCode()))
                        .orElse(false)
                    || (trainer && c.ledBy(viewer)))
        .toList();
  }

  /** The people in a cohort (withdrawn ones too), in one query. */
  public java.util.Set<Long> learnerIds(Cohort cohort) {
    return new java.util.HashSet<>(
        em.createQuery(
                "select e.learner.id from Enrollment e where e.cohort.id = :cohort", Long.class)
            .setParameter("cohort", cohort.id())
            .getResultList());
  }

  /** How many learners each cohort holds (withdrawn ones not counted), in one query. */
  public Map<Long, Long> learnerCounts() {
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select e.cohort.id, count(e) from Enrollment e where e.cohort is not null"
                + " and e.status <> :withdrawn group by e.cohort.id",
            Object[].class)
        .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    return counts;
  }

  @Transactional
  public Cohort create(Person actor, CohortCommand command) {
    CohortDetails details = details(command);
    requireCovers(actor, details.countryCode());
    requireFreeName(details.name(), null);
    Cohort cohort = new Cohort(details, clock.instant());
    em.persist(cohort);
    return cohort;
  }

  @Transactional
  public Cohort revise(Person actor, long id, CohortCommand command) {
    Cohort cohort = getCohort(id);
    requireCovers(actor, cohort.countryCode());
    CohortDetails details = details(command);
    requireCovers(actor, details.countryCode());
    requireFreeName(details.name(), cohort.id());
    cohort.describe(details);
    return cohort;
  }

  /**
   * Puts a learner in a cohort, enrolling them in its course when they are not yet; a learner in
   * another cohort of the course moves to this one.
   */
  @Transactional
  public Placement place(Person actor, long cohortId, String email) {
    Cohort cohort = getCohort(cohortId);
    requireCovers(actor, cohort.countryCode());
    return placeChecked(actor, cohort, email);
  }

  /**
   * Puts every learner of an uploaded list in a cohort. Each line is checked before anything is
   * done for it, so a refused line changes nothing; the accepted lines are all applied.
   */
  @Transactional
  public MemberImport importMembers(Person actor, long cohortId, String text) {
    Cohort cohort = getCohort(cohortId);
    requireCovers(actor, cohort.countryCode());
    List<Placed> placed = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (MemberList.Line line : MemberList.parse(text).lines()) {
      String email = line.email();
      if (!seen.add(email.toLowerCase(Locale.ROOT))) {
        refused.add(new Refused(line.number(), email, "error.learning.memberTwice", List.of()));
        continue;
      }
      try {
        placed.add(new Placed(line.number(), email, placeChecked(actor, cohort, email)));
      } catch (DomainException refusal) {
        refused.add(
            new Refused(
                line.number(), email, refusal.key(), List.of((Object[]) refusal.arguments())));
      }
    }
    return new MemberImport(placed, refused);
  }

  /** Checks everything first, then changes: a refusal leaves nothing half-done. */
  private Placement placeChecked(Person actor, Cohort cohort, String email) {
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw DomainException.invalid("email", "error.learning.memberNotEmail", email);
    }
    Person learner =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> DomainException.invalid("email", "error.learning.memberUnknown"));
    String country = learner.country() == null ? null : learner.country().code();
    if (!covers(actor, country)) {
      throw DomainException.forbidden("error.learning.memberOutOfScope", country);
    }
    Course course = catalog.getCourse(cohort.courseId());
    Optional<Enrollment> existing = learning.findEnrollment(learner, course.id());
    if (existing.isPresent() && existing.get().status() != EnrollmentStatus.WITHDRAWN) {
      Enrollment enrollment = existing.get();
      Placement placement =
          enrollment.cohort().map(c -> c.id().equals(cohort.id())).orElse(false)
              ? Placement.ALREADY_THERE
              : enrollment.cohort().isPresent() ? Placement.MOVED : Placement.ADDED;
      enrollment.placeIn(cohort);
      return placement;
    }
    Enrollment enrollment = learning.enroll(learner, course.id());
    enrollment.placeIn(cohort);
    return Placement.ENROLLED_AND_ADDED;
  }

  private boolean covers(Person actor, String countryCode) {
    if (actor.hasRole(Role.ADMIN)) {
      return true;
    }
    if (countryCode == null) {
      return scopes.findScope(actor).map(CoordinatorScope::allCountries).orElse(false)
          && actor.hasRole(Role.COORDINATOR);
    }
    return scopes.covers(actor, countryCode);
  }

  private void requireCovers(Person actor, String countryCode) {
    if (!covers(actor, countryCode)) {
      throw DomainException.forbidden(
          "error.learning.cohortOutOfScope", countryCode == null ? "*" : countryCode);
    }
  }

  private void requireFreeName(String name, Long except) {
    boolean taken =
        em.createQuery("select c from Cohort c where lower(c.name) = :name", Cohort.class)
            .setParameter("name", name.toLowerCase(Locale.ROOT))
            .getResultStream()
            .anyMatch(c -> !c.id().equals(except));
    if (taken) {
      throw DomainException.conflict("error.learning.cohortNameTaken", name);
    }
  }

  private CohortDetails details(CohortCommand command) {
    if (command == null) {
      throw DomainException.invalid(null, "error.learning.cohortBody");
    }
    String courseId = command.courseId() == null ? null : command.courseId().strip();
    if (courseId != null && !courseId.isEmpty() && catalog.findCourse(courseId).isEmpty()) {
      throw DomainException.invalid("courseId", "error.learning.cohortUnknownCourse", courseId);
    }
    String country = null;
    if (command.country() != null && !command.country().isBlank()) {
      country = command.country().strip().toUpperCase(Locale.ROOT);
      if (em.find(Country.class, country) == null) {
        throw DomainException.invalid("country", "error.learning.cohortUnknownCountry", country);
      }
    }
    List<Person> trainers = new ArrayList<>();
    for (String email :
        command.trainerEmails() == null ? List.<String>of() : command.trainerEmails()) {
      if (email == null || email.isBlank()) {
        continue;
      }
      Person trainer =
          accounts
              .findByEmail(email)
              .filter(p -> p.hasRole(Role.TRAINER) || p.hasRole(Role.ADMIN))
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "trainerEmails", "error.learning.cohortTrainer", email));
      if (trainers.stream().noneMatch(t -> t.id().equals(trainer.id()))) {
        trainers.add(em.find(Person.class, trainer.id()));
      }
    }
    return new CohortDetails(
        command.name(),
        courseId,
        country,
        command.organisation(),
        command.startsOn(),
        command.endsOn(),
        trainers);
  }
}
