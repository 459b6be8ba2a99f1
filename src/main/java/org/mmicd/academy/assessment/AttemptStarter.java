package org.mmicd.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/**
 * The transaction that starts one attempt; {@link QuizService#start} runs it again when another
 * start won the race for the attempt number.
 */
@ApplicationScoped
class AttemptStarter {

  private static final Random RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject QuizService quizzes;
  @Inject Clock clock;

  @Transactional
  Attempt start(Person person, String moduleId, String language) {
    Quiz quiz = quizzes.getQuiz(moduleId);
    quizzes.requireEnrolledIn(person, moduleId);
    List<Attempt> attempts = quizzes.attemptsOf(person, moduleId);
    Optional<Attempt> open = attempts.stream().filter(Attempt::open).findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    if (!quiz.attemptsLeftAfter(attempts.size())) {
      throw DomainException.conflict(
          "error.quiz.attempts-used", String.valueOf(quiz.attemptLimit()));
    }
    List<QuizQuestion> pool = new ArrayList<>(quizzes.pool(moduleId));
    if (pool.isEmpty()) {
      throw DomainException.conflict("error.quiz.no-questions", moduleId);
    }
    Collections.shuffle(pool, RANDOM);
    Attempt attempt =
        new Attempt(
            // A reference, not a merge: the attempt needs the person's key, not a fresh read.
            em.getReference(Person.class, person.id()),
            quiz,
            attempts.size() + 1,
            language,
            clock.instant());
    for (QuizQuestion question : pool.subList(0, Math.min(quiz.drawCount(), pool.size()))) {
      String content = question.content(language);
      var parsed = QuestionCodec.question(content);
      List<Integer> order =
          new ArrayList<>(IntStream.range(0, parsed.shuffledItems()).boxed().toList());
      if (quiz.shuffleOptions() || parsed.questionType() == QuestionType.MATCHING) {
        Collections.shuffle(order, RANDOM);
      }
      attempt.add(question, content, order);
    }
    em.persist(attempt);
    // Two tabs starting at once: the unique attempt number lets only one of them write here; the
    // other fails now, inside this method, and QuizService runs it again.
    em.flush();
    return attempt;
  }
}
