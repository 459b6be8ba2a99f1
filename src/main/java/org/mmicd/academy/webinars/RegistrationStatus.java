package org.mmicd.academy.webinars;

import java.util.Locale;

/** A person's place in a session: a seat, a place in the queue, or neither any more. */
public enum RegistrationStatus {
  REGISTERED,
  WAITING,
  CANCELLED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean active() {
    return this != CANCELLED;
  }
}
