package org.mmicd.academy.assessment;

import java.util.Arrays;

/** When a learner may see correct answers and feedback of a submitted attempt. */
public enum ReviewPolicy {
  AFTER_EACH_ATTEMPT("after-each-attempt"),
  AFTER_PASSING("after-passing"),
  /**
   * Answers stay hidden while a failed learner can still try again, so that a second attempt tests
   * understanding rather than memory of the first one's review.
   */
  AFTER_PASSING_OR_LAST_ATTEMPT("after-passing-or-last-attempt"),
  NEVER("never");

  private final String key;

  ReviewPolicy(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static ReviewPolicy fromKey(String key) {
    return Arrays.stream(values())
        .filter(p -> p.key.equals(key))
        .findFirst()
        .orElse(AFTER_EACH_ATTEMPT);
  }

  public boolean showsAnswers(QuizStanding standing) {
    return switch (this) {
      case AFTER_EACH_ATTEMPT -> true;
      case AFTER_PASSING -> standing.passed();
      case AFTER_PASSING_OR_LAST_ATTEMPT -> standing.passed() || !standing.attemptLeft();
      case NEVER -> false;
    };
  }
}
