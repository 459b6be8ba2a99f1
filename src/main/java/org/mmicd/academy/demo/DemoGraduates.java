package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.certificates.Certificate;
import org.mmicd.academy.certificates.CertificateService;
import org.mmicd.academy.certificates.completion.CompletionReport;
import org.mmicd.academy.certificates.completion.CompletionService;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.PasswordHasher;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Registration;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.learning.LessonState;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.SessionStatus;
import org.mmicd.academy.webinars.attendance.Attendance;
import org.mmicd.academy.webinars.attendance.AttendanceService;
import org.mmicd.academy.webinars.attendance.RollCall;

/**
 * The transactions of {@link DemoCertificates}: learners who finish a course the way real ones do
 * (lessons, quiz passes, a roll call), so that the certificate comes from the completion events.
 */
@ApplicationScoped
class DemoGraduates {

  static final String TRAINER = "admin@demo.mmicd.org";

  @PersistenceContext EntityManager em;
  @Inject AccountService accounts;
  @Inject PasswordHasher passwords;
  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject AttendanceService attendance;
  @Inject CompletionService completion;
  @Inject CertificateService certificates;
  @Inject Clock clock;

  /** A demo account that has done everything the course asks and so holds its certificate. */
  @Transactional
  public void graduate(
      String email, String name, String country, String language, String courseId, int daysAgo) {
    Optional<Course> course = catalog.findCourse(courseId);
    if (accounts.findByEmail(email).isPresent() || course.isEmpty()) {
      return;
    }
    Person person =
        accounts.createWithHash(
            new Registration(email, name, DemoGenerator.PASSWORD, country, null, language, null),
            passwords.hash(DemoGenerator.PASSWORD),
            EnumSet.of(Role.LEARNER));
    Instant when = clock.instant().minus(Duration.ofDays(daysAgo));
    Enrollment enrollment = learning.importEnrollment(person, course.get(), when);
    int optionalTaken = 0;
    for (LearningModule module : catalog.modulesOf(course.get())) {
      boolean required = requiredIn(course.get(), module.id());
      if (!required && optionalTaken++ >= course.get().minOptionalModules()) {
        continue;
      }
      for (Lesson lesson : module.activeLessons()) {
        when = when.plus(Duration.ofHours(20));
        learning.importProgress(enrollment, lesson, LessonState.COMPLETED, 420, when);
      }
    }
    finish(enrollment, true);
  }

  /**
   * A generated learner who has finished every lesson passes the quizzes and, when their country
   * held a session of the course, is on its roll call: their completion then follows the rule.
   */
  @Transactional
  public int finishLessonsDone(long personId) {
    Person person = accounts.getPerson(personId);
    int completed = 0;
    for (Enrollment enrollment : learning.enrollmentsOf(person)) {
      CompletionReport report = completion.report(enrollment);
      if (enrollment.status() == EnrollmentStatus.ACTIVE
          && report.requiredModules().met()
          && report.optionalModules().met()) {
        finish(enrollment, false);
        completed += enrollment.status() == EnrollmentStatus.COMPLETED ? 1 : 0;
      }
    }
    return completed;
  }

  /**
   * Passes the required quizzes and takes the roll call of a held session of the course: one in the
   * learner's country, or any for the demo graduates.
   */
  private void finish(Enrollment enrollment, boolean anyCountry) {
    Course course = enrollment.course();
    Person person = enrollment.learner();
    for (ModuleInCourse module : course.modules()) {
      if (module.required()) {
        learning.recordQuizPassed(person, module.moduleId(), 85.0, clock.instant());
      }
    }
    if (course.minLiveSessions() > 0 && (anyCountry || person.country() != null)) {
      heldSessionFor(course, anyCountry ? null : person.country().code())
          .filter(session -> attendanceOf(session, person).isEmpty())
          .ifPresent(
              session ->
                  attendance.rollCall(
                      accounts.getByEmail(TRAINER), session.id(), person.id(), RollCall.PRESENT));
    }
    certificates.completeIfMet(enrollment);
  }

  /** Revokes one generated learner's certificate, as a coordinator would after a mistake. */
  @Transactional
  public void revokeOne(String reason) {
    em.createQuery(
            "select c from Certificate c, Person p where p.id = c.personId"
                + " and p.email like 'learner%@demo.mmicd.org' order by c.serial",
            Certificate.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(c -> certificates.revoke(accounts.getByEmail(TRAINER), c.serial(), reason));
  }

  List<Long> generatedLearners() {
    return em.createQuery(
            "select p.id from Person p where p.email like 'learner%@demo.mmicd.org' order by p.id",
            Long.class)
        .getResultList();
  }

  private Optional<LiveSession> heldSessionFor(Course course, String country) {
    return em.createQuery(
            "select s from LiveSession s where s.status = :held order by s.startsAt",
            LiveSession.class)
        .setParameter("held", SessionStatus.HELD)
        .getResultStream()
        .filter(s -> country == null || (s.country() != null && s.country().code().equals(country)))
        .filter(s -> course.modules().stream().anyMatch(m -> s.moduleIds().contains(m.moduleId())))
        .findFirst();
  }

  private Optional<Attendance> attendanceOf(LiveSession session, Person person) {
    return attendance.attendanceOf(session).stream()
        .filter(a -> a.person().id().equals(person.id()))
        .findFirst();
  }

  private static boolean requiredIn(Course course, String moduleId) {
    return course.modules().stream().anyMatch(m -> m.moduleId().equals(moduleId) && m.required());
  }
}
