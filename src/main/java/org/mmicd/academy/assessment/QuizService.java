package org.mmicd.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Settings;
import org.mmicd.academy.platform.TransactionRetry;

/** Attempts: drawing questions, saving answers, submitting, grading and closing them on time. */
@ApplicationScoped
public class QuizService {

  @PersistenceContext EntityManager em;
  @Inject LearningService learning;
  @Inject Clock clock;
  @Inject Settings settings;
  @Inject AttemptStarter starter;
  @Inject TransactionRetry retry;

  public Optional<Quiz> findQuiz(String moduleId) {
    return Optional.ofNullable(em.find(Quiz.class, moduleId)).filter(q -> !q.retired());
  }

  public Quiz getQuiz(String moduleId) {
    return findQuiz(moduleId)
        .orElseThrow(() -> DomainException.notFound("error.quiz.none", moduleId));
  }

  /**
   * The quiz's current questions in their order. The ids come from the database and the questions
   * from the shared cache: building the questions from rows locks each one's cache entry in turn,
   * and a hundred learners starting the same quiz queued there (benchmark, issue 12).
   */
  public List<QuizQuestion> pool(String moduleId) {
    return em
        .createQuery(
            "select q.id from QuizQuestion q where q.moduleId = :module and q.retired = false order by q.position",
            Long.class)
        .setParameter("module", moduleId)
        .getResultList()
        .stream()
        .map(id -> em.find(QuizQuestion.class, id))
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * The person's attempts at a quiz, oldest first; open attempts past their time are closed first.
   */
  @Transactional
  public List<Attempt> attemptsOf(Person person, String moduleId) {
    List<Attempt> attempts =
        em.createQuery(
                "select a from Attempt a where a.learner.id = :person and a.moduleId = :module order by a.number",
                Attempt.class)
            .setParameter("person", person.id())
            .setParameter("module", moduleId)
            .getResultList();
    attempts.forEach(this::closeIfOverdue);
    return attempts;
  }

  public boolean hasPassed(Person person, String moduleId) {
    return learning.passedQuizzes(person).contains(moduleId);
  }

  /** The learner's standing now; a retired quiz leaves no attempt to take. */
  public QuizStanding standing(Person person, String moduleId) {
    long used =
        em.createQuery(
                "select count(a) from Attempt a where a.learner.id = :person and a.moduleId = :module",
                Long.class)
            .setParameter("person", person.id())
            .setParameter("module", moduleId)
            .getSingleResult();
    boolean attemptLeft = findQuiz(moduleId).map(q -> q.attemptsLeftAfter(used)).orElse(false);
    return new QuizStanding(hasPassed(person, moduleId), attemptLeft);
  }

  /** A closed attempt's result, with the review its quiz's policy allows this learner now. */
  public QuizViews.ResultView result(Person person, Attempt attempt) {
    return QuizViews.result(attempt, standing(person, attempt.moduleId()));
  }

  /**
   * Starts an attempt, or returns the one still open. The server draws the questions and their
   * option order now and keeps them, so a reload shows the same attempt. Two starts at once (two
   * tabs, a double click) both get the one attempt: the unique attempt number lets one of them
   * write it, and the other, run again, finds it open.
   */
  public Attempt start(Person person, String moduleId, String language) {
    return retry.run(() -> starter.start(person, moduleId, language));
  }

  public Attempt getOwnAttempt(Person person, long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null) {
      throw DomainException.notFound("error.attempt.not-found", String.valueOf(attemptId));
    }
    if (!attempt.belongsTo(person)) {
      throw DomainException.forbidden("error.attempt.not-yours", String.valueOf(attemptId));
    }
    return attempt;
  }

  /** Saves one answer. Saving the same answer again changes nothing, so retries are harmless. */
  @Transactional(dontRollbackOn = DomainException.class)
  public Attempt save(Person person, long attemptId, int position, Answer answer) {
    Attempt attempt = lock(getOwnAttempt(person, attemptId));
    if (closeIfOverdue(attempt)) {
      throw new ClosedAttemptException(attempt, "error.attempt.time-up");
    }
    if (!attempt.open()) {
      throw new ClosedAttemptException(attempt, "error.attempt.already-submitted");
    }
    attempt.save(position, answer, clock.instant());
    return attempt;
  }

  /**
   * Submits and grades. The client's submission id tells a double click (same id: the same result
   * again) from a stale page whose attempt another tab already submitted (409 with that result).
   */
  @Transactional(dontRollbackOn = DomainException.class)
  public Attempt submit(Person person, long attemptId, String submissionId) {
    Attempt attempt = lock(getOwnAttempt(person, attemptId));
    if (closeIfOverdue(attempt)) {
      return attempt;
    }
    if (!attempt.open()) {
      if (submissionId.equals(attempt.submissionId())) {
        return attempt;
      }
      throw new ClosedAttemptException(attempt, "error.attempt.submitted-elsewhere");
    }
    attempt.submit(submissionId, clock.instant());
    recordPass(attempt);
    return attempt;
  }

  /** Closes every open attempt whose time ran out; the scheduler calls it so reports stay true. */
  @Transactional
  public int closeOverdueAttempts() {
    Instant cutoff = clock.instant().minus(settings.quizGrace());
    List<Attempt> overdue =
        em.createQuery(
                "select a from Attempt a where a.status = :open and a.deadline < :cutoff",
                Attempt.class)
            .setParameter("open", AttemptStatus.IN_PROGRESS)
            .setParameter("cutoff", cutoff)
            .setMaxResults(500)
            .getResultList();
    overdue.forEach(attempt -> closeIfOverdue(lock(attempt)));
    return overdue.size();
  }

  private boolean closeIfOverdue(Attempt attempt) {
    if (attempt.overdue(clock.instant(), settings.quizGrace())) {
      attempt.timeOut();
      recordPass(attempt);
      return true;
    }
    return false;
  }

  private void recordPass(Attempt attempt) {
    if (attempt.passed()) {
      learning.recordQuizPassed(
          attempt.learner(), attempt.moduleId(), attempt.scorePercent(), attempt.submittedAt());
    }
  }

  private Attempt lock(Attempt attempt) {
    // What this transaction changed so far is written first, or the refresh would drop it: the
    // demo data saves every answer of an attempt in one transaction, and all but the last were
    // lost.
    em.flush();
    em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(attempt);
    return attempt;
  }

  void requireEnrolledIn(Person person, String moduleId) {
    boolean enrolled =
        learning.enrollmentsOf(person).stream()
            .anyMatch(
                e ->
                    e.course().modules().stream()
                        .map(ModuleInCourse::moduleId)
                        .anyMatch(moduleId::equals));
    if (!enrolled) {
      throw DomainException.forbidden("error.quiz.not-enrolled", moduleId);
    }
  }
}
