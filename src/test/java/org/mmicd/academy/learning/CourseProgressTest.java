package org.mmicd.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

  // Two required modules of 2 lessons, two optional modules of 2 lessons; one optional counts.
  final List<CourseProgress.ModulePlan> plan =
      List.of(
          new CourseProgress.ModulePlan("g1", true, List.of(1L, 2L)),
          new CourseProgress.ModulePlan("g2", true, List.of(3L, 4L)),
          new CourseProgress.ModulePlan("t1", false, List.of(5L, 6L)),
          new CourseProgress.ModulePlan("t2", false, List.of(7L, 8L)));
  final Map<Long, LessonState> states = new HashMap<>();

  @Test
  void nothingDoneIsZero() {
    CourseProgress progress = CourseProgress.of(plan, states, 1);
    assertEquals(0, progress.percent());
    assertEquals(6, progress.countedLessons());
  }

  @Test
  void requiredAndTheBestOptionalModulesCount() {
    states.put(1L, LessonState.COMPLETED);
    states.put(2L, LessonState.COMPLETED);
    states.put(7L, LessonState.COMPLETED);
    states.put(5L, LessonState.IN_PROGRESS);
    CourseProgress progress = CourseProgress.of(plan, states, 1);
    assertEquals(3, progress.completedLessons());
    assertEquals(50, progress.percent());
    assertEquals(100, progress.module("g1").orElseThrow().percent());
    assertEquals(50, progress.module("t2").orElseThrow().percent());
  }

  @Test
  void optionalModulesBeyondTheRuleDoNotInflateProgress() {
    for (long id = 5; id <= 8; id++) {
      states.put(id, LessonState.COMPLETED);
    }
    assertEquals(33, CourseProgress.of(plan, states, 1).percent(), "2 of 6 counted lessons");
    assertEquals(0, CourseProgress.of(List.of(), states, 0).percent());
  }

  @Test
  void resumeGoesToTheLessonLastTouchedUntilItIsDoneThenToTheNextOpenOne() {
    states.put(1L, LessonState.COMPLETED);
    states.put(3L, LessonState.IN_PROGRESS);
    assertEquals(Optional.of(3L), CourseProgress.nextLesson(plan, states, 3L));
    states.put(3L, LessonState.COMPLETED);
    assertEquals(Optional.of(4L), CourseProgress.nextLesson(plan, states, 3L));
    assertEquals(Optional.of(2L), CourseProgress.nextLesson(plan, states, null));
    for (long id = 1; id <= 8; id++) {
      states.put(id, LessonState.COMPLETED);
    }
    assertEquals(Optional.empty(), CourseProgress.nextLesson(plan, states, 8L));
  }

  @Test
  void lessonProgressOnlyMovesForwardAndAddsTime() {
    LessonProgress progress = LessonProgressFixture.fresh(Instant.parse("2026-01-01T10:00:00Z"));
    progress.record(LessonState.IN_PROGRESS, 60, Instant.parse("2026-01-01T10:01:00Z"));
    progress.record(LessonState.COMPLETED, 30, Instant.parse("2026-01-01T10:02:00Z"));
    progress.record(LessonState.IN_PROGRESS, 15, Instant.parse("2026-01-01T10:03:00Z"));
    assertEquals(LessonState.COMPLETED, progress.state());
    assertEquals(105, progress.secondsSpent());
    assertEquals(Instant.parse("2026-01-01T10:02:00Z"), progress.completedAt());
    assertEquals(Instant.parse("2026-01-01T10:03:00Z"), progress.lastSeenAt());
    assertThrows(
        IllegalArgumentException.class,
        () -> progress.record(LessonState.IN_PROGRESS, -1, Instant.now()));
    assertThrows(
        IllegalArgumentException.class,
        () -> progress.record(LessonState.IN_PROGRESS, 4 * 3600 + 1, Instant.now()));
    assertThrows(
        IllegalArgumentException.class,
        () -> progress.record(LessonState.NOT_STARTED, 1, Instant.now()));
    assertEquals(105, progress.secondsSpent(), "rejected events change nothing");
  }
}
