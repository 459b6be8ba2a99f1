package org.mmicd.academy.webinars;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Marks sessions that have ended as held, every 15 seconds, on every instance (idempotent). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveSessionScheduler {

  private static final Logger LOG = Logger.getLogger(LiveSessionScheduler.class.getName());

  @Inject LiveSessionService sessions;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void tick() {
    try {
      sessions.markEndedSessionsHeld();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mark ended sessions as held", e);
    }
  }
}
