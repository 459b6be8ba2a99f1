package org.mmicd.academy.webinars.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a session someone was there for, from the stretches a meeting tool reported. A
 * participant who dropped out and rejoined has several stretches: they add up. Stretches that
 * overlap (a laptop and a phone at once) count once. Time before the start does not count; time
 * after the planned end counts while the meeting overran, up to half an hour; the total never
 * exceeds the session's duration.
 */
public final class PresenceTally {

  /** A stretch with its join and leave times, or only a duration when the report gave no times. */
  public record Stretch(Instant joined, Instant left, long seconds) {

    boolean timed() {
      return joined != null && left != null;
    }
  }

  public static final Duration OVERRUN = Duration.ofMinutes(30);

  private PresenceTally() {}

  public static long creditedSeconds(Collection<Stretch> stretches, Instant start, Instant end) {
    Instant windowEnd = end.plus(OVERRUN);
    List<Instant[]> clamped = new ArrayList<>();
    long untimed = 0;
    for (Stretch stretch : stretches) {
      if (!stretch.timed()) {
        untimed += Math.max(0, stretch.seconds());
        continue;
      }
      Instant from = stretch.joined().isBefore(start) ? start : stretch.joined();
      Instant to = stretch.left().isAfter(windowEnd) ? windowEnd : stretch.left();
      if (to.isAfter(from)) {
        clamped.add(new Instant[] {from, to});
      }
    }
    clamped.sort(Comparator.comparing(interval -> interval[0]));
    long timed = 0;
    Instant runStart = null;
    Instant runEnd = null;
    for (Instant[] interval : clamped) {
      if (runEnd != null && !interval[0].isAfter(runEnd)) {
        if (interval[1].isAfter(runEnd)) {
          runEnd = interval[1];
        }
        continue;
      }
      if (runEnd != null) {
        timed += Duration.between(runStart, runEnd).toSeconds();
      }
      runStart = interval[0];
      runEnd = interval[1];
    }
    if (runEnd != null) {
      timed += Duration.between(runStart, runEnd).toSeconds();
    }
    return Math.min(timed + untimed, Duration.between(start, end).toSeconds());
  }
}
