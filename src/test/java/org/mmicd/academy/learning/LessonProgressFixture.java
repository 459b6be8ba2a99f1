package org.mmicd.academy.learning;

import java.time.Instant;

/** A lesson progress with no enrollment or lesson behind it: enough to test its rules. */
final class LessonProgressFixture {

  private LessonProgressFixture() {}

  static LessonProgress fresh(Instant firstSeen) {
    LessonProgress progress = new LessonProgress() {};
    progress.record(LessonState.IN_PROGRESS, 0, firstSeen);
    return progress;
  }
}
