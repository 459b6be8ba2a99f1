package org.mmicd.academy.webinars.attendance;

import java.util.Locale;

/** What the trainer saw in the room; it wins over the meeting tool's report. */
public enum RollCall {
  PRESENT,
  ABSENT;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
