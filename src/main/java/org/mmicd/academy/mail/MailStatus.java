package org.mmicd.academy.mail;

import java.util.Locale;

/**
 * A mail's way through the outbox. KEPT mail was never meant to leave (no SMTP server configured,
 * or a demo account's address): admins read it on the outbox page.
 */
public enum MailStatus {
  PENDING,
  SENDING,
  SENT,
  KEPT,
  EXPIRED,
  FAILED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
