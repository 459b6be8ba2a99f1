package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobRunsTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void instancesWhoseTimersFireLateOrABitEarlyAgreeOnTheDueTime() {
    Instant due = Instant.parse("2026-11-30T14:30:00Z");
    assertEquals(due, JobRuns.dueAt(due, MINUTE));
    assertEquals(due, JobRuns.dueAt(Instant.parse("2026-11-30T14:30:41Z"), MINUTE));
    assertEquals(due, JobRuns.dueAt(Instant.parse("2026-11-30T14:29:59.400Z"), MINUTE));
    assertEquals(
        Instant.parse("2026-11-30T14:29:00Z"),
        JobRuns.dueAt(Instant.parse("2026-11-30T14:29:57Z"), MINUTE));
    assertEquals(
        Instant.parse("2026-11-30T14:30:15Z"),
        JobRuns.dueAt(Instant.parse("2026-11-30T14:30:15.900Z"), Duration.ofSeconds(15)));
  }
}
