package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live sessions of the demo data set: held, upcoming, full and cancelled sessions in Ecuador,
 * Nepal and Madagascar and one for everyone, with registrations, a waiting list, a roll call and an
 * imported Zoom report. Loaded once per database, after the demo accounts.
 */
@ApplicationScoped
public class DemoSessions {

  private static final Logger LOG = Logger.getLogger(DemoSessions.class.getName());

  @Inject DemoSessionData data;

  /** Loads the demo sessions once; a failure is logged and leaves the rest of the demo running. */
  public int load() {
    try {
      return data.load();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo live sessions not loaded", e);
      return 0;
    }
  }
}
