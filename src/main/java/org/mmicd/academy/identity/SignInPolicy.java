package org.mmicd.academy.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins slow guessing down, for one account or one address. The first few failures
 * cost nothing (people mistype); after them each failure makes the next try wait twice as long as
 * the one before, and at {@code lockAfter} failures the account or address is locked for {@code
 * lockDuration}. Failures are forgotten an hour after the last one (or two lock periods, if
 * longer), so a locked account that is tried again at once is locked again at once.
 *
 * @param freeFailures failures that do not make the next try wait
 * @param lockAfter failures that lock
 * @param baseDelay the wait after the first failure beyond the free ones
 * @param lockDuration how long a lock lasts; also the longest wait before it
 */
public record SignInPolicy(
    int freeFailures, int lockAfter, Duration baseDelay, Duration lockDuration) {

  public SignInPolicy {
    if (freeFailures < 0 || lockAfter <= freeFailures) {
      throw new IllegalArgumentException("lockAfter must be above freeFailures");
    }
    if (baseDelay.isNegative() || lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("delays must be positive");
    }
  }

  /** Failures to one account: three typos are free, ten lock it. */
  public static SignInPolicy forAccounts(int lockAfter, Duration baseDelay, Duration lockDuration) {
    return new SignInPolicy(Math.min(3, lockAfter - 1), lockAfter, baseDelay, lockDuration);
  }

  /** Failures from one address: an office behind one address mistypes more, so half are free. */
  public static SignInPolicy forAddresses(
      int lockAfter, Duration baseDelay, Duration lockDuration) {
    return new SignInPolicy(lockAfter / 2, lockAfter, baseDelay, lockDuration);
  }

  /** No new try before this instant, after {@code failures} failures, the last at {@code last}. */
  public Instant blockedUntil(int failures, Instant last) {
    if (locks(failures)) {
      return last.plus(lockDuration);
    }
    if (failures <= freeFailures) {
      return null;
    }
    int doublings = Math.min(30, failures - freeFailures - 1);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return last.plus(delay.compareTo(lockDuration) < 0 ? delay : lockDuration);
  }

  public boolean locks(int failures) {
    return failures >= lockAfter;
  }

  /** True when failures this old no longer count. */
  public boolean forgets(Instant lastFailure, Instant now) {
    Duration memory = lockDuration.multipliedBy(2);
    if (memory.compareTo(Duration.ofHours(1)) < 0) {
      memory = Duration.ofHours(1);
    }
    return !lastFailure.plus(memory).isAfter(now);
  }
}
