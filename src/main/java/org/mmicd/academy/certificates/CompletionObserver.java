package org.mmicd.academy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.certificates.completion.CompletionTriggers;
import org.mmicd.academy.certificates.completion.CompletionTriggers.EnrolledCourse;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.learning.CompletionRecorded;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.learning.ProgressRecorded;
import org.mmicd.academy.learning.QuizPassRecorded;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.attendance.AttendanceChanged;

/**
 * Hears every fact that can complete a course (a progress report, a quiz pass, a change of
 * attendance) inside the transaction that recorded it, and completes the enrollments it concerns
 * there and then. Events only complete: losing completion is an admin's re-evaluation, never a side
 * effect of a corrected roll call.
 */
@ApplicationScoped
public class CompletionObserver {

  @Inject LearningService learning;
  @Inject AccountService accounts;
  @Inject LiveSessionService sessions;
  @Inject CertificateService certificates;
  @Inject CatalogService catalog;

  void progressRecorded(@Observes ProgressRecorded event) {
    learning
        .findEnrollment(event.enrollmentId())
        .filter(e -> !CompletionTriggers.concerned(enrolled(e)).isEmpty())
        .filter(e -> lessonsMayBeDone(e, event.countedLessonsDone()))
        .ifPresent(certificates::completeIfMet);
  }

  void completionRecorded(@Observes CompletionRecorded event) {
    learning.findEnrollment(event.enrollmentId()).ifPresent(certificates::certifyCompleted);
  }

  void quizPassRecorded(@Observes QuizPassRecorded event) {
    completeConcerned(accounts.getPerson(event.personId()), Set.of(event.moduleId()));
  }

  void attendanceChanged(@Observes AttendanceChanged event) {
    Set<String> modules = sessions.get(event.sessionId()).moduleIds();
    for (Long personId : event.personIds()) {
      completeConcerned(accounts.getPerson(personId), modules);
    }
  }

  private void completeConcerned(Person person, Set<String> modules) {
    List<Enrollment> enrollments = learning.enrollmentsOf(person);
    List<Long> concerned =
        CompletionTriggers.concerned(
            enrollments.stream().map(CompletionObserver::enrolled).toList(), modules);
    enrollments.stream()
        .filter(e -> concerned.contains(e.id()))
        .forEach(certificates::completeIfMet);
  }

  /**
   * Whether the completion rule may be met after a progress report, so that the whole rule is read
   * only then: when every lesson the course percent counts is done, or when an optional module of
   * the course has no lessons (the rule counts such a module as done, the percent does not count
   * it, so the two may disagree).
   */
  private boolean lessonsMayBeDone(Enrollment enrollment, boolean countedLessonsDone) {
    return countedLessonsDone || optionalModuleWithoutLessons(enrollment);
  }

  private boolean optionalModuleWithoutLessons(Enrollment enrollment) {
    Set<String> optional =
        enrollment.course().modules().stream()
            .filter(m -> !m.required())
            .map(ModuleInCourse::moduleId)
            .collect(Collectors.toSet());
    return catalog.modulesOf(enrollment.course()).stream()
        .filter(m -> optional.contains(m.id()))
        .anyMatch(m -> m.activeLessons().isEmpty());
  }

  private static EnrolledCourse enrolled(Enrollment enrollment) {
    return new EnrolledCourse(
        enrollment.id(),
        enrollment.status() == EnrollmentStatus.ACTIVE,
        enrollment.course().modules().stream()
            .map(ModuleInCourse::moduleId)
            .collect(Collectors.toSet()));
  }
}
