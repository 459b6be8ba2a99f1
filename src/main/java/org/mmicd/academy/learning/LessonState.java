package org.mmicd.academy.learning;

/** How far a learner got with one lesson. The order matters: progress only moves forward. */
public enum LessonState {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETED;

  public LessonState furthest(LessonState other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
