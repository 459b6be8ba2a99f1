package org.mmicd.academy.platform;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * After a lost connection EclipseLink runs a query again up to three times, five seconds apart:
 * while the database is down every API call then hangs for ten seconds and more before it fails.
 * Here it tries once more, at once, on a fresh connection from the pool: enough to step over a
 * connection that died while the database restarted, and an outage is answered with 503 at once.
 */
public class FailFastSession implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(1);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
