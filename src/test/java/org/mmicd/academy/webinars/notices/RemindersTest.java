package org.mmicd.academy.webinars.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

  static final Instant START = Instant.parse("2025-05-01T09:00:00Z");

  @Test
  void aSeatTakenDaysAheadGetsBothReminders() {
    assertEquals(
        List.of(
            new Reminders.Due(MailKind.REMINDER_24H, START.minus(Duration.ofHours(24))),
            new Reminders.Due(MailKind.REMINDER_1H, START.minus(Duration.ofHours(1)))),
        Reminders.plan(START, START.minus(Duration.ofDays(5))));
  }

  @Test
  void aSeatTakenTheEveningBeforeGetsOnlyTheHourBefore() {
    assertEquals(
        List.of(new Reminders.Due(MailKind.REMINDER_1H, START.minus(Duration.ofHours(1)))),
        Reminders.plan(START, START.minus(Duration.ofHours(14))));
  }

  @Test
  void aSeatTakenAtTheLastMinuteGetsNone() {
    assertEquals(List.of(), Reminders.plan(START, START.minus(Duration.ofMinutes(20))));
  }
}
