package org.mmicd.academy.webinars;

import java.util.Locale;

/** Why a mail is sent. */
public enum MailKind {
  INVITATION,
  WAITING_LIST,
  PROMOTED,
  REMINDER_24H,
  REMINDER_1H,
  CHANGE,
  CANCELLATION,
  REGISTRATION_CANCELLED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean reminder() {
    return this == REMINDER_24H || this == REMINDER_1H;
  }
}
