package org.mmicd.academy.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a transaction again when it lost a race to a concurrent one: a unique key the other wrote
 * first, a deadlock, a serialization failure or a lock it waited too long for. The work must be a
 * whole transaction of its own ({@code @Transactional} on another bean) that reads what the winner
 * wrote when it runs again, so that the second run settles the race (it finds the attempt the other
 * request opened, the report the other request stored). Inside a caller's transaction the work runs
 * once: that transaction is lost with the race and cannot be run again from here.
 */
@ApplicationScoped
public class TransactionRetry {

  static final int ATTEMPTS = 5;

  @Resource TransactionSynchronizationRegistry transactions;

  public <T> T run(Supplier<T> transaction) {
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      return transaction.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !lostRace(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /** True when the failure is another transaction's doing and a second run may succeed. */
  public static boolean lostRace(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && raceState(sql.getSQLState())) {
        return true;
      }
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Unique violation (23505), serialization failure (40001), deadlock (40P01), lock not available
   * (55P03) and H2's lock timeout (HYT00).
   */
  static boolean raceState(String state) {
    return state != null
        && (state.equals("23505")
            || state.equals("40001")
            || state.equals("40P01")
            || state.equals("55P03")
            || state.equals("HYT00"));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
