package org.mmicd.academy.webinars.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceTallyTest {

  static final Instant START = Instant.parse("2025-06-02T10:45:00Z");
  static final Instant END = START.plusSeconds(60 * 60);

  static PresenceTally.Stretch at(int fromMinute, int toMinute) {
    return new PresenceTally.Stretch(
        START.plusSeconds(fromMinute * 60L),
        START.plusSeconds(toMinute * 60L),
        (toMinute - fromMinute) * 60L);
  }

  @Test
  void rejoinsAreSummed() {
    assertEquals(
        50 * 60, PresenceTally.creditedSeconds(List.of(at(0, 20), at(30, 60)), START, END));
  }

  @Test
  void twoDevicesAtOnceCountOnce() {
    assertEquals(
        45 * 60,
        PresenceTally.creditedSeconds(List.of(at(0, 40), at(10, 45), at(5, 30)), START, END));
  }

  @Test
  void timeBeforeTheStartDoesNotCountAndAnOverrunCountsUpToTheDuration() {
    assertEquals(20 * 60, PresenceTally.creditedSeconds(List.of(at(-30, 20)), START, END));
    assertEquals(25 * 60, PresenceTally.creditedSeconds(List.of(at(50, 75)), START, END));
    assertEquals(60 * 60, PresenceTally.creditedSeconds(List.of(at(-10, 200)), START, END));
  }

  @Test
  void stretchesWithoutTimesAddTheirLength() {
    assertEquals(
        30 * 60,
        PresenceTally.creditedSeconds(
            List.of(new PresenceTally.Stretch(null, null, 20 * 60), at(0, 10)), START, END));
  }
}
