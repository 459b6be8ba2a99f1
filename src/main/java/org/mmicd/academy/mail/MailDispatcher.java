package org.mmicd.academy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mmicd.academy.platform.Settings;

/**
 * Sends due outbox mail, in order, with retries left to the outbox. It runs on the scheduler's
 * threads (see {@link MailScheduler}), never on the thread of a page or API call. One run at a time
 * per instance; a request during a run makes it look again before it ends.
 */
@ApplicationScoped
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 25;
  private static final int MAX_PER_RUN = 500;
  static final String DEMO_DOMAIN = "@demo.mmicd.org";

  private final String instance = "instance-" + UUID.randomUUID();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @Inject Outbox outbox;
  @Inject SmtpMailer mailer;
  @Inject Settings settings;
  @Inject Clock clock;

  /** Sends what is due unless a run is going, which then looks again before it stops. */
  void runOnce() {
    again.set(true);
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (again.getAndSet(false)) {
        sendDue();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail dispatch stopped; the next tick tries again", e);
    } finally {
      running.set(false);
    }
  }

  /** Sends what is due now, in order; returns how many mails were handled. */
  public int sendDue() {
    outbox.releaseStaleClaims();
    int handled = 0;
    while (handled < MAX_PER_RUN) {
      List<Long> due = outbox.due(BATCH);
      if (due.isEmpty()) {
        break;
      }
      for (Long id : due) {
        outbox.claim(id, instance).ifPresent(this::deliver);
        handled++;
      }
    }
    return handled;
  }

  private void deliver(OutboxMail mail) {
    Optional<String> reasonToKeep = reasonToKeep(mail);
    if (reasonToKeep.isPresent()) {
      outbox.keep(mail.id(), reasonToKeep.get());
      return;
    }
    try {
      mailer.send(mail, clock.instant());
      outbox.sent(mail.id());
    } catch (Exception e) {
      LOG.log(
          Level.WARNING,
          () -> "Mail " + mail.id() + " to " + mail.recipient() + " not sent: " + e.getMessage());
      outbox.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Mail stays in the outbox without an SMTP server, and for demo accounts in demo mode. */
  private Optional<String> reasonToKeep(OutboxMail mail) {
    if (!mailer.configured()) {
      return Optional.of("no SMTP server configured (MMICD_SMTP_HOST)");
    }
    if (settings.demoMode() && mail.recipient().toLowerCase(Locale.ROOT).endsWith(DEMO_DOMAIN)) {
      return Optional.of("demo account: kept in the outbox");
    }
    return Optional.empty();
  }
}
