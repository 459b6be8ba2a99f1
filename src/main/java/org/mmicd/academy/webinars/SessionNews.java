package org.mmicd.academy.webinars;

import java.util.List;
import java.util.Set;

/**
 * What happened to a live session or to a place in it, fired in the transaction of the change so
 * that the sub-features above the sessions (notices by mail, attendance) act on it there, while the
 * sessions themselves know none of them.
 */
public sealed interface SessionNews {

  LiveSession session();

  /** A person has a seat: newly registered, or promoted from the waiting list. */
  record SeatTaken(LiveSession session, SessionRegistration registration, boolean promoted)
      implements SessionNews {}

  /** A person joined the waiting list at this position. */
  record WaitingListJoined(LiveSession session, SessionRegistration registration, int position)
      implements SessionNews {}

  /** A person gave up their seat or their place in the queue before the start. */
  record PlaceGivenUp(LiveSession session, SessionRegistration registration, boolean hadSeat)
      implements SessionNews {}

  /** The session's details changed; everyone registered or waiting is listed. */
  record SessionChanged(
      LiveSession session, List<SessionRegistration> registrations, Set<LiveSession.Change> changes)
      implements SessionNews {

    public boolean announced() {
      return changes.stream().anyMatch(LiveSession.Change.ANNOUNCED::contains);
    }

    /** Its timing or attendance threshold changed: who attended must be decided again. */
    public boolean attendanceAffected() {
      return changes.contains(LiveSession.Change.TIME)
          || changes.contains(LiveSession.Change.QUIET);
    }
  }

  /** The session was cancelled; everyone registered or waiting is listed. */
  record SessionCancelled(LiveSession session, List<SessionRegistration> registrations)
      implements SessionNews {}
}
