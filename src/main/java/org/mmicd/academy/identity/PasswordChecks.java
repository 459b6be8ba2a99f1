package org.mmicd.academy.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A cap on password checks running at once on this instance. Each costs about 50 ms of CPU on
 * purpose; without a cap a few clients guessing in parallel take every core. A check that cannot
 * start within {@code patience} is not queued further: the caller answers "busy, try again".
 */
public final class PasswordChecks {

  private final Semaphore permits;
  private final Duration patience;

  public PasswordChecks(int concurrent, Duration patience) {
    this.permits = new Semaphore(concurrent, true);
    this.patience = patience;
  }

  /** The check's result, or empty when too many checks are running. */
  public <T> Optional<T> run(Supplier<T> check) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    if (!acquired) {
      return Optional.empty();
    }
    try {
      return Optional.of(check.get());
    } finally {
      permits.release();
    }
  }
}
