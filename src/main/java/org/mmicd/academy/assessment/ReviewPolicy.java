package org.mmicd.academy.assessment;

import java.util.Arrays;

/** When a learner may see correct answers and feedback of a submitted attempt. */
public enum ReviewPolicy {
  AFTER_EACH_ATTEMPT("after-each-attempt"),
  AFTER_PASSING("after-passing"),
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

  public boolean showsAnswers(boolean learnerHasPassed) {
    return this == AFTER_EACH_ATTEMPT || (this == AFTER_PASSING && learnerHasPassed);
  }
}
