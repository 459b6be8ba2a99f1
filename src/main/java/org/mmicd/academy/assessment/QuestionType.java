package org.mmicd.academy.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a quiz file may hold. */
public enum QuestionType {
  SINGLE("single"),
  MULTIPLE("multiple"),
  TRUE_FALSE("true-false"),
  MATCHING("matching"),
  SHORT_ANSWER("short-answer");

  private final String key;

  QuestionType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<QuestionType> fromKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
