package org.mmicd.academy.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.TransactionRetry;

/** Enrollments, lesson progress and resume points. */
@ApplicationScoped
public class LearningService {

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject ProgressRecorder recorder;
  @Inject TransactionRetry retry;
  @Inject Clock clock;
  @Inject Event<CompletionRecorded> completionRecorded;
  @Inject Event<QuizPassRecorded> quizPassRecorded;
  @Inject Event<Enrolled> enrolled;
  @Inject ProgressCounters counters;

  @Transactional
  public Enrollment enroll(Person learner, String courseId) {
    return enroll(learner, courseId, null);
  }

  /**
   * Enrols a learner, in a cohort of that course when one is given: a learner may join a cohort of
   * their own country (or one open to every country) on their own.
   */
  @Transactional
  public Enrollment enroll(Person learner, String courseId, Long cohortId) {
    Course course = catalog.getCourse(courseId);
    Cohort cohort = cohortId == null ? null : cohortOnEnrolment(learner, course, cohortId);
    Enrollment enrollment = enrollIn(learner, course);
    if (cohort != null) {
      enrollment.placeIn(cohort);
    }
    return enrollment;
  }

  private Cohort cohortOnEnrolment(Person learner, Course course, long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw DomainException.invalid("cohortId", "error.learning.noCohort", cohortId);
    }
    if (!cohort.courseId().equals(course.id())) {
      throw DomainException.invalid(
          "cohortId", "error.learning.cohortOfAnotherCourse", cohort.name(), course.id());
    }
    if (!cohort.openTo(learner)) {
      throw DomainException.forbidden("error.learning.cohortOfAnotherCountry", cohort.name());
    }
    return cohort;
  }

  private Enrollment enrollIn(Person learner, Course course) {
    String courseId = course.id();
    Optional<Enrollment> existing = findEnrollment(learner, courseId);
    if (existing.isPresent()) {
      Enrollment enrollment = existing.get();
      if (enrollment.status() != EnrollmentStatus.WITHDRAWN) {
        throw DomainException.conflict(
            "error.enrollment.already", courseId, String.valueOf(enrollment.id()));
      }
      enrollment.reactivate(clock.instant());
      return enrollment;
    }
    return started(new Enrollment(em.merge(learner), course, clock.instant()));
  }

  /** A new enrollment starts with what the learner already did elsewhere (passes, sessions). */
  private Enrollment started(Enrollment enrollment) {
    em.persist(enrollment);
    counters.recountQuizPasses(enrollment.learner().id());
    enrolled.fire(new Enrolled(enrollment.id(), enrollment.learner().id()));
    return enrollment;
  }

  /**
   * Records progress that happened elsewhere or earlier (demo data, imports from another LMS), with
   * its own timestamps and without client event ids.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void importProgress(
      Enrollment enrollment,
      Lesson lesson,
      LessonState state,
      int seconds,
      java.time.Instant when) {
    LessonProgress progress = new LessonProgress(enrollment, lesson, when);
    progress.record(state, seconds, when);
    em.persist(progress);
    enrollment.touched(lesson, when);
    Course course = enrollment.course();
    Map<Long, LessonState> states = new HashMap<>();
    progressByLesson(enrollment).forEach((id, p) -> states.put(id, p.state()));
    states.put(lesson.id(), progress.state());
    enrollment.progressed(
        CourseProgress.of(
                planOf(course, catalog.modulesOf(course)), states, course.minOptionalModules())
            .percent());
  }

  /**
   * The course is completed: the completion rule was met at {@code when}. Called by whoever decides
   * completion, in its own transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markCompleted(Enrollment enrollment, java.time.Instant when) {
    em.find(Enrollment.class, enrollment.id()).complete(when);
  }

  /**
   * An admin records a completion earned outside the platform's own rule (a run held offline, a
   * migration from another platform), at an instant between the enrolment and now.
   */
  @Transactional
  public Enrollment recordCompletion(Person actor, long enrollmentId, java.time.Instant when) {
    if (!actor.hasRole(Role.ADMIN)) {
      throw DomainException.forbidden("error.learning.completionAdminsOnly");
    }
    Enrollment enrollment = find(enrollmentId);
    java.time.Instant at = when == null ? clock.instant() : when;
    if (at.isBefore(enrollment.enrolledAt()) || at.isAfter(clock.instant())) {
      throw DomainException.invalid("completedAt", "error.learning.completionTime");
    }
    markCompleted(enrollment, at);
    completionRecorded.fire(new CompletionRecorded(enrollment.id()));
    return enrollment;
  }

  /** Puts an enrollment in a cohort, or takes it out of its cohort ({@code null}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void placeInCohort(Enrollment enrollment, Cohort cohort) {
    em.find(Enrollment.class, enrollment.id()).placeIn(cohort);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Enrollment importEnrollment(Person learner, Course course, java.time.Instant enrolledAt) {
    return started(new Enrollment(learner, course, enrolledAt));
  }

  /** A person passed a module's quiz; called by the assessment feature in its own transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordQuizPassed(
      Person person, String moduleId, double score, java.time.Instant when) {
    QuizPass pass = em.find(QuizPass.class, new QuizPass.Key(person.id(), moduleId));
    if (pass == null) {
      em.persist(new QuizPass(person.id(), moduleId, when, score));
    } else {
      pass.passedAgain(score);
    }
    counters.recountQuizPasses(person.id());
    quizPassRecorded.fire(new QuizPassRecorded(person.id(), moduleId));
  }

  /** The enrollment is open again (its rule or content changed); in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reopen(Enrollment enrollment) {
    em.find(Enrollment.class, enrollment.id()).reopen();
  }

  /** The enrollments of a course that are not withdrawn, for re-evaluating its rule. */
  public List<Enrollment> enrollmentsIn(String courseId) {
    return em.createQuery(
            "select e from Enrollment e where e.course.id = :course and e.status <> :withdrawn"
                + " order by e.id",
            Enrollment.class)
        .setParameter("course", courseId)
        .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
        .getResultList();
  }

  public Optional<Enrollment> findEnrollment(long enrollmentId) {
    return Optional.ofNullable(em.find(Enrollment.class, enrollmentId));
  }

  public java.util.Set<String> passedQuizzes(Person person) {
    return passedQuizzes(person.id());
  }

  private java.util.Set<String> passedQuizzes(long personId) {
    return new java.util.HashSet<>(
        em.createQuery(
                "select p.key.moduleId from QuizPass p where p.key.personId = :person",
                String.class)
            .setParameter("person", personId)
            .getResultList());
  }

  @Transactional
  public Enrollment withdraw(Person actor, long enrollmentId) {
    Enrollment enrollment = getOwnEnrollment(actor, enrollmentId);
    enrollment.withdraw(clock.instant());
    return enrollment;
  }

  public Optional<Enrollment> findEnrollment(Person learner, String courseId) {
    return em.createQuery(
            "select e from Enrollment e where e.learner.id = :person and e.course.id = :course",
            Enrollment.class)
        .setParameter("person", learner.id())
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst();
  }

  public List<Enrollment> enrollmentsOf(Person learner) {
    return em.createQuery(
            "select e from Enrollment e where e.learner.id = :person and e.status <> :withdrawn"
                + " order by e.lastActivityAt desc, e.enrolledAt desc",
            Enrollment.class)
        .setParameter("person", learner.id())
        .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
        .getResultList();
  }

  /** An enrollment the actor may see: their own, or any for trainers, coordinators and admins. */
  public Enrollment getEnrollment(Person actor, long enrollmentId) {
    Enrollment enrollment = find(enrollmentId);
    if (!enrollment.belongsTo(actor) && !actor.isStaff()) {
      throw DomainException.forbidden("error.enrollment.not-yours", String.valueOf(enrollmentId));
    }
    return enrollment;
  }

  /** An enrollment the actor may change: only their own. */
  public Enrollment getOwnEnrollment(Person actor, long enrollmentId) {
    Enrollment enrollment = find(enrollmentId);
    if (!enrollment.belongsTo(actor)) {
      throw DomainException.forbidden(
          "error.enrollment.only-learner-records", String.valueOf(enrollmentId));
    }
    return enrollment;
  }

  /**
   * The actor's own enrollment, read and locked in one statement (the caller's transaction holds
   * the row until it ends).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Enrollment lockOwnEnrollment(Person actor, long enrollmentId) {
    Enrollment enrollment =
        em.find(Enrollment.class, enrollmentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (enrollment == null) {
      throw DomainException.notFound("error.enrollment.not-found", String.valueOf(enrollmentId));
    }
    if (!enrollment.belongsTo(actor)) {
      throw DomainException.forbidden(
          "error.enrollment.only-learner-records", String.valueOf(enrollmentId));
    }
    return enrollment;
  }

  private Enrollment find(long enrollmentId) {
    Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
    if (enrollment == null) {
      throw DomainException.notFound("error.enrollment.not-found", String.valueOf(enrollmentId));
    }
    return enrollment;
  }

  /**
   * Records a progress report exactly once. Reports for one enrollment are recorded one after the
   * other (the recorder locks the enrollment's row), so parallel reports all count; a retry with
   * the same event id gets the stored answer. A transaction that still loses a race (a lock waited
   * for too long, the same event id sent for two enrollments at once) runs again and then finds
   * what the other one stored.
   */
  public ProgressResult recordProgress(Person actor, long enrollmentId, ProgressReport report) {
    return retry.run(() -> recorder.record(actor, enrollmentId, report));
  }

  /** Progress of an enrollment against its course as it is now. */
  public EnrollmentView view(Enrollment enrollment, String language) {
    return views(List.of(enrollment), language).get(0);
  }

  /**
   * Progress of several enrollments of one learner, in a fixed number of queries however many there
   * are: their lesson progress, the learner's quiz passes and the courses' modules, each read once.
   */
  public List<EnrollmentView> views(List<Enrollment> enrollments, String language) {
    if (enrollments.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Long, LessonProgress>> progress = progressByEnrollment(enrollments);
    java.util.Set<String> passed = passedQuizzes(enrollments.get(0).learnerId());
    Map<String, LearningModule> modules = new HashMap<>();
    catalog
        .modulesOf(enrollments.stream().map(Enrollment::course).distinct().toList())
        .forEach(m -> modules.put(m.id(), m));
    return enrollments.stream()
        .map(
            e ->
                view(
                    e,
                    language,
                    modulesIn(e.course(), modules),
                    progress.getOrDefault(e.id(), Map.of()),
                    passed))
        .toList();
  }

  private static List<LearningModule> modulesIn(Course course, Map<String, LearningModule> all) {
    return course.modules().stream()
        .map(m -> all.get(m.moduleId()))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private EnrollmentView view(
      Enrollment enrollment,
      String language,
      List<LearningModule> modules,
      Map<Long, LessonProgress> progress,
      java.util.Set<String> passed) {
    Course course = enrollment.course();
    Map<Long, LessonState> states = new HashMap<>();
    progress.forEach((id, p) -> states.put(id, p.state()));
    List<CourseProgress.ModulePlan> plan = planOf(course, modules);
    CourseProgress courseProgress = CourseProgress.of(plan, states, course.minOptionalModules());
    Map<String, Boolean> required = new HashMap<>();
    course.modules().forEach(m -> required.put(m.moduleId(), m.required()));

    List<EnrollmentView.ModuleView> moduleViews = new ArrayList<>();
    Map<Long, Lesson> lessonsById = new HashMap<>();
    for (LearningModule module : modules) {
      List<EnrollmentView.LessonView> lessons = new ArrayList<>();
      for (Lesson lesson : module.activeLessons()) {
        lessonsById.put(lesson.id(), lesson);
        LessonProgress p = progress.get(lesson.id());
        lessons.add(
            new EnrollmentView.LessonView(
                lesson.qualifiedId(),
                lesson.text(language).title(),
                lesson.type().key(),
                lesson.minutes(),
                apiName(p == null ? LessonState.NOT_STARTED : p.state()),
                p == null ? 0 : p.secondsSpent()));
      }
      CourseProgress.ModuleProgress mp = courseProgress.module(module.id()).orElseThrow();
      moduleViews.add(
          new EnrollmentView.ModuleView(
              module.id(),
              module.text(language).title(),
              required.getOrDefault(module.id(), true),
              mp.percent(),
              mp.completedLessons(),
              mp.totalLessons(),
              module.hasQuiz(),
              passed.contains(module.id()),
              lessons));
    }
    Long lastTouched = enrollment.resumeLesson() == null ? null : enrollment.resumeLesson().id();
    EnrollmentView.ResumePoint resume =
        CourseProgress.nextLesson(plan, states, lastTouched)
            .map(lessonsById::get)
            .map(
                l ->
                    new EnrollmentView.ResumePoint(
                        l.qualifiedId(),
                        l.moduleId(),
                        l.text(language).title(),
                        l.translatedInto(language) ? language : "en"))
            .orElse(null);
    return new EnrollmentView(
        enrollment.id(),
        course.id(),
        course.text(language).title(),
        course.translatedInto(language) ? language : "en",
        enrollment.learner().email(),
        apiName(enrollment.status()),
        enrollment.enrolledAt(),
        enrollment.lastActivityAt(),
        courseProgress.percent(),
        resume,
        moduleViews);
  }

  private Map<Long, Map<Long, LessonProgress>> progressByEnrollment(List<Enrollment> enrollments) {
    Map<Long, Map<Long, LessonProgress>> byEnrollment = new HashMap<>();
    em.createQuery(
            "select p from LessonProgress p where p.enrollment.id in :enrollments",
            LessonProgress.class)
        .setParameter("enrollments", enrollments.stream().map(Enrollment::id).toList())
        .getResultList()
        .forEach(
            p ->
                byEnrollment
                    .computeIfAbsent(p.enrollmentId(), id -> new HashMap<>())
                    .put(p.lessonId(), p));
    return byEnrollment;
  }

  /** An enrollment's row for a lesson, once the learner has reported on it. */
  Optional<LessonProgress> findLessonProgress(Enrollment enrollment, Lesson lesson) {
    return em.createQuery(
            "select p from LessonProgress p where p.enrollmentId = :enrollment"
                + " and p.lessonId = :lesson",
            LessonProgress.class)
        .setParameter("enrollment", enrollment.id())
        .setParameter("lesson", lesson.id())
        .getResultStream()
        .findFirst();
  }

  /** The lessons an enrollment has completed, besides one being recorded, by id alone. */
  Map<Long, LessonState> completedLessons(Enrollment enrollment, long except) {
    Map<Long, LessonState> completed = new HashMap<>();
    em.createQuery(
            "select p.lessonId from LessonProgress p where p.enrollmentId = :enrollment"
                + " and p.state = :completed and p.lessonId <> :except",
            Long.class)
        .setParameter("enrollment", enrollment.id())
        .setParameter("completed", LessonState.COMPLETED)
        .setParameter("except", except)
        .getResultList()
        .forEach(id -> completed.put(id, LessonState.COMPLETED));
    return completed;
  }

  Map<Long, LessonProgress> progressByLesson(Enrollment enrollment) {
    Map<Long, LessonProgress> byLesson = new HashMap<>();
    em.createQuery(
            "select p from LessonProgress p where p.enrollment.id = :enrollment",
            LessonProgress.class)
        .setParameter("enrollment", enrollment.id())
        .getResultList()
        .forEach(p -> byLesson.put(p.lessonId(), p));
    return byLesson;
  }

  static List<CourseProgress.ModulePlan> planOf(Course course, List<LearningModule> modules) {
    Map<String, LearningModule> byId = new HashMap<>();
    modules.forEach(m -> byId.put(m.id(), m));
    List<CourseProgress.ModulePlan> plan = new ArrayList<>();
    for (ModuleInCourse entry : course.modules()) {
      LearningModule module = byId.get(entry.moduleId());
      if (module != null) {
        plan.add(
            new CourseProgress.ModulePlan(
                module.id(),
                entry.required(),
                module.activeLessons().stream().map(Lesson::id).toList()));
      }
    }
    return plan;
  }

  static String apiName(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT);
  }
}
