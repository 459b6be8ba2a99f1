package org.mmicd.academy.webinars.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When to remind a person with a seat: a day and an hour before the start. A reminder whose moment
 * has already passed when the seat is taken (or the session moved) is not sent: the invitation or
 * change notice just said it all.
 */
public final class Reminders {

  /** One reminder to send. */
  public record Due(MailKind kind, Instant at) {}

  public static final Duration DAY_BEFORE = Duration.ofHours(24);
  public static final Duration HOUR_BEFORE = Duration.ofHours(1);

  private Reminders() {}

  public static List<Due> plan(Instant start, Instant now) {
    List<Due> due = new ArrayList<>();
    Instant dayBefore = start.minus(DAY_BEFORE);
    Instant hourBefore = start.minus(HOUR_BEFORE);
    if (dayBefore.isAfter(now)) {
      due.add(new Due(MailKind.REMINDER_24H, dayBefore));
    }
    if (hourBefore.isAfter(now)) {
      due.add(new Due(MailKind.REMINDER_1H, hourBefore));
    }
    return due;
  }
}
