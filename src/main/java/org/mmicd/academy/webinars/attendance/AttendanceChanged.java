package org.mmicd.academy.webinars.attendance;

import java.util.Set;

/**
 * Whether these people attended this session may have changed: a roll call, an imported report, a
 * participant matched by hand, or the session's threshold or time changed. Fired inside the
 * transaction that decided it, so that features above webinars (course completion) can act on the
 * same transaction.
 */
public record AttendanceChanged(long sessionId, Set<Long> personIds) {

  public AttendanceChanged {
    personIds = Set.copyOf(personIds);
  }
}
