package org.mmicd.academy.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Forgets failed sign-ins that no longer count, so that guesses at made-up e-mail addresses do not
 * pile up. Harmless on several instances: each deletes what is old.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInLockCleanup {

  private static final Logger LOG = Logger.getLogger(SignInLockCleanup.class.getName());

  @Inject SignInGuard guard;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void forgetOldFailures() {
    int forgotten = guard.forgetOld();
    if (forgotten > 0) {
      LOG.info(() -> "Forgot the failed sign-ins of " + forgotten + " accounts and addresses");
    }
  }
}
