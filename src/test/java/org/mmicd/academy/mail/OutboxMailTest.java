package org.mmicd.academy.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  static final Instant NOW = Instant.parse("2025-05-01T09:00:00Z");

  static OutboxMail mail() {
    return new OutboxMail(
        MailDraft.of("k", "invitation", "live-session:1", "a@example.org", "A", "S", "B"), NOW);
  }

  @Test
  void failuresAreRetriedLaterAndLaterThenGivenUp() {
    OutboxMail mail = mail();
    mail.failed("connection refused", NOW);
    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.dueAt());
    mail.failed("connection refused", NOW);
    assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.dueAt());
    for (int i = 2; i < OutboxMail.MAX_ATTEMPTS - 1; i++) {
      mail.failed("connection refused", NOW);
    }
    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(NOW.plus(Duration.ofMinutes(60)), mail.dueAt(), "never more than an hour apart");
    mail.failed("connection refused", NOW);
    assertEquals(MailStatus.FAILED, mail.status());
    assertEquals(OutboxMail.MAX_ATTEMPTS, mail.attempts());
  }

  @Test
  void anAdminCanRetryAFailedMail() {
    OutboxMail mail = mail();
    for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
      mail.failed("550 mailbox unavailable", NOW);
    }
    mail.retry(NOW.plusSeconds(10));
    assertEquals(MailStatus.PENDING, mail.status());
    assertEquals(0, mail.attempts());
    assertEquals(NOW.plusSeconds(10), mail.dueAt());
  }
}
