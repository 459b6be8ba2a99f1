package org.mmicd.academy.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When mail leaves, on every instance: right after a transaction that wrote mail commits, on a
 * timer thread; and every 15 seconds for what fell due since (reminders, retries). Safe to run on
 * several instances at once, since each mail is claimed under a row lock.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailScheduler {

  private static final Logger LOG = Logger.getLogger(MailScheduler.class.getName());

  private final AtomicBoolean soonPending = new AtomicBoolean();

  @Resource TimerService timers;
  @Inject MailDispatcher dispatcher;

  /** Mail was written and committed: send it now, off the caller's thread. */
  public void afterMailCommitted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    if (soonPending.compareAndSet(false, true)) {
      try {
        timers.createSingleActionTimer(0, new TimerConfig(null, false));
      } catch (RuntimeException e) {
        soonPending.set(false);
        LOG.log(Level.WARNING, "Could not start sending mail now; the next tick sends it", e);
      }
    }
  }

  @Timeout
  void sendNow() {
    soonPending.set(false);
    dispatcher.runOnce();
  }

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void tick() {
    dispatcher.runOnce();
  }
}
