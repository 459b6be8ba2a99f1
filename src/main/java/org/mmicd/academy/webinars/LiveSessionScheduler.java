package org.mmicd.academy.webinars;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mmicd.academy.platform.JobRuns;

/** Marks sessions that have ended as held, every 15 seconds, on one instance of a cluster. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveSessionScheduler {

  private static final Logger LOG = Logger.getLogger(LiveSessionScheduler.class.getName());

  @Inject LiveSessionService sessions;
  @Inject JobRuns jobRuns;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void tick() {
    try {
      if (jobRuns.claim("sessions-held", Duration.ofSeconds(15))) {
        sessions.markEndedSessionsHeld();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mark ended sessions as held", e);
    }
  }
}
