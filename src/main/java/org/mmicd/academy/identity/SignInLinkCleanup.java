package org.mmicd.academy.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.mmicd.academy.platform.JobRuns;

/** Forgets sign-in links that no longer work. Once an hour on one instance of a cluster. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInLinkCleanup {

  private static final Logger LOG = Logger.getLogger(SignInLinkCleanup.class.getName());

  @Inject SignInLinks links;
  @Inject JobRuns jobRuns;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void purge() {
    if (!jobRuns.claim("sign-in-link-cleanup", Duration.ofHours(1))) {
      return;
    }
    int purged = links.purge();
    if (purged > 0) {
      LOG.info(() -> "Forgot " + purged + " sign-in links that no longer work");
    }
  }
}
