package org.mmicd.academy.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.mmicd.academy.platform.JobRuns;

/**
 * Forgets failed sign-ins that no longer count, so that guesses at made-up e-mail addresses do not
 * pile up. Once an hour on one instance of a cluster.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInLockCleanup {

  private static final Logger LOG = Logger.getLogger(SignInLockCleanup.class.getName());

  @Inject SignInGuard guard;
  @Inject JobRuns jobRuns;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void forgetOldFailures() {
    if (!jobRuns.claim("sign-in-lock-cleanup", Duration.ofHours(1))) {
      return;
    }
    int forgotten = guard.forgetOld();
    if (forgotten > 0) {
      LOG.info(() -> "Forgot the failed sign-ins of " + forgotten + " accounts and addresses");
    }
  }
}
