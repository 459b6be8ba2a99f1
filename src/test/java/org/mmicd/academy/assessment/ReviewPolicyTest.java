package org.mmicd.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/** Who sees the answers of a submitted attempt, and when. */
class ReviewPolicyTest {

  static final QuizStanding FAILED_WITH_ATTEMPTS_LEFT = new QuizStanding(false, true);
  static final QuizStanding FAILED_LAST_ATTEMPT = new QuizStanding(false, false);
  static final QuizStanding PASSED_WITH_ATTEMPTS_LEFT = new QuizStanding(true, true);
  static final QuizStanding PASSED_LAST_ATTEMPT = new QuizStanding(true, false);

  @Test
  void afterPassingOrLastAttemptHidesAnswersWhileAFailedLearnerMayStillTryAgain() {
    ReviewPolicy policy = ReviewPolicy.fromKey("after-passing-or-last-attempt");
    assertEquals(ReviewPolicy.AFTER_PASSING_OR_LAST_ATTEMPT, policy);
    assertFalse(policy.showsAnswers(FAILED_WITH_ATTEMPTS_LEFT));
    assertTrue(policy.showsAnswers(FAILED_LAST_ATTEMPT), "nothing left to protect");
    assertTrue(policy.showsAnswers(PASSED_WITH_ATTEMPTS_LEFT));
    assertTrue(policy.showsAnswers(PASSED_LAST_ATTEMPT));
  }

  @Test
  void theOlderPoliciesKeepTheirMeaning() {
    assertTrue(ReviewPolicy.AFTER_EACH_ATTEMPT.showsAnswers(FAILED_WITH_ATTEMPTS_LEFT));
    assertFalse(ReviewPolicy.AFTER_PASSING.showsAnswers(FAILED_LAST_ATTEMPT));
    assertTrue(ReviewPolicy.AFTER_PASSING.showsAnswers(PASSED_WITH_ATTEMPTS_LEFT));
    assertFalse(ReviewPolicy.NEVER.showsAnswers(PASSED_LAST_ATTEMPT));
    assertEquals(ReviewPolicy.AFTER_EACH_ATTEMPT, ReviewPolicy.fromKey("no-such-policy"));
  }

  @Test
  void theResultOfAFailedAttemptShowsItsReviewOnlyOnceNoAttemptIsLeft() {
    Quiz quiz = new Quiz("toolkit-health");
    quiz.describe(
        "Check",
        70,
        2,
        null,
        8,
        true,
        ReviewPolicy.AFTER_PASSING_OR_LAST_ATTEMPT,
        Instant.parse("2026-01-01T00:00:00Z"));
    Attempt attempt = new Attempt(learner(), quiz, 1, "en", Instant.parse("2026-01-02T00:00:00Z"));
    setId(attempt, 41L);
    attempt.submit("3f1c2a7e-0000-4000-8000-000000000001", Instant.parse("2026-01-02T00:10:00Z"));

    QuizViews.ResultView early = QuizViews.result(attempt, FAILED_WITH_ATTEMPTS_LEFT);
    assertFalse(early.passed());
    assertFalse(early.reviewShown());
    assertEquals("after-passing-or-last-attempt", early.reviewPolicy());
    assertTrue(QuizViews.result(attempt, FAILED_LAST_ATTEMPT).reviewShown());
    assertTrue(quiz.attemptsLeftAfter(1));
    assertFalse(quiz.attemptsLeftAfter(2), "the limit of two is reached");
  }

  private static void setId(Object entity, long id) {
    try {
      java.lang.reflect.Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Person learner() {
    return new Person(
        "learner@example.org",
        "Lea Learner",
        "hash",
        null,
        null,
        "en",
        ZoneId.of("Asia/Kathmandu"),
        EnumSet.of(Role.LEARNER),
        Instant.parse("2025-01-01T00:00:00Z"));
  }
}
