package org.mmicd.academy.webinars;

import java.util.Locale;

/**
 * Where a session stands. CHANGED tells people that something they may have noted (time, place,
 * link) is different from the first announcement.
 */
public enum SessionStatus {
  SCHEDULED,
  CHANGED,
  CANCELLED,
  HELD;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Still to happen: people can register and the details can change. */
  public boolean upcoming() {
    return this == SCHEDULED || this == CHANGED;
  }
}
