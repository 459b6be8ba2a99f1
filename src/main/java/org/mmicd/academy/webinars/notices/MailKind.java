package org.mmicd.academy.webinars.notices;

import java.util.List;
import java.util.Locale;

/** Why a mail about a live session is sent; its key is the outbox's kind of mail. */
public enum MailKind {
  INVITATION,
  WAITING_LIST,
  PROMOTED,
  REMINDER_24H,
  REMINDER_1H,
  CHANGE,
  CANCELLATION,
  REGISTRATION_CANCELLED;

  /** The keys of the reminders, which a change of time or seat makes obsolete. */
  public static final List<String> REMINDERS = List.of("reminder_24h", "reminder_1h");

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean reminder() {
    return this == REMINDER_24H || this == REMINDER_1H;
  }
}
