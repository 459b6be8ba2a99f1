package org.mmicd.academy.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/**
 * The transaction of one progress report; {@link LearningService} runs it again when it loses a
 * race.
 */
@ApplicationScoped
class ProgressRecorder {

  @PersistenceContext EntityManager em;
  @Inject LearningService learning;
  @Inject CatalogService catalog;
  @Inject Clock clock;
  @Inject Event<ProgressRecorded> recorded;

  @Transactional
  ProgressResult record(Person actor, long enrollmentId, ProgressReport report) {
    // Reports for one enrollment wait for each other here: each reads the time and state the one
    // before it wrote (no lost seconds) and finds the lesson's row once it exists (no duplicate).
    Enrollment enrollment = learning.lockOwnEnrollment(actor, enrollmentId);
    Lesson lesson = catalog.getLesson(enrollment.course(), report.lessonId());
    Optional<ProgressResult> replay = replayOf(enrollment, lesson, report);
    if (replay.isPresent()) {
      return replay.get();
    }
    if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
      throw DomainException.conflict("error.enrollment.withdrawn", String.valueOf(enrollmentId));
    }
    Instant now = clock.instant();
    LessonProgress lessonProgress = learning.findLessonProgress(enrollment, lesson).orElse(null);
    if (lessonProgress == null) {
      lessonProgress = new LessonProgress(enrollment, lesson, now);
      em.persist(lessonProgress);
    }
    lessonProgress.record(report.lessonState(), report.secondsSpent(), now);
    enrollment.touched(lesson, now);

    // The percent needs only which lessons are completed: their ids, not every row of the course.
    Course course = enrollment.course();
    Map<Long, LessonState> states = learning.completedLessons(enrollment, lesson.id());
    states.put(lesson.id(), lessonProgress.state());
    CourseProgress progress =
        CourseProgress.of(
            LearningService.planOf(course, catalog.modulesOf(course)),
            states,
            course.minOptionalModules());
    int percent = progress.percent();
    enrollment.progressed(percent);
    em.persist(
        new ProgressEvent(
            report.eventId().toLowerCase(),
            enrollment.id(),
            lesson.id(),
            report.lessonState(),
            report.secondsSpent(),
            now,
            lessonProgress.state(),
            lessonProgress.secondsSpent(),
            percent));
    em.flush();
    recorded.fire(
        new ProgressRecorded(
            enrollment.id(), progress.completedLessons() == progress.countedLessons()));
    return new ProgressResult(
        report.eventId().toLowerCase(),
        enrollment.id(),
        lesson.qualifiedId(),
        LearningService.apiName(lessonProgress.state()),
        lessonProgress.secondsSpent(),
        percent);
  }

  private Optional<ProgressResult> replayOf(
      Enrollment enrollment, Lesson lesson, ProgressReport report) {
    ProgressEvent event = em.find(ProgressEvent.class, report.eventId().toLowerCase());
    if (event == null) {
      return Optional.empty();
    }
    if (!event.sameReport(
        enrollment.id(), lesson.id(), report.lessonState(), report.secondsSpent())) {
      throw DomainException.conflict("error.progress.event-reused", report.eventId());
    }
    return Optional.of(
        new ProgressResult(
            event.eventId(),
            event.enrollmentId(),
            lesson.qualifiedId(),
            LearningService.apiName(event.resultState()),
            event.resultSeconds(),
            event.resultPercent()));
  }
}
