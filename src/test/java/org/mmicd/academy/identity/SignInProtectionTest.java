package org.mmicd.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Guessing passwords gets slower with every failure, then stops; checks cannot pile up. */
class SignInProtectionTest {

  static final Instant T0 = Instant.parse("2026-03-31T08:00:00Z");
  static final SignInPolicy ACCOUNTS =
      SignInPolicy.forAccounts(10, Duration.ofSeconds(1), Duration.ofMinutes(15));

  @Test
  void threeTyposAreFreeThenEachFailureDoublesTheWaitUntilTheLock() {
    SignInLock lock = new SignInLock(SignInLock.ACCOUNT, "ana@example.org");
    Instant now = T0;
    List<Long> waits = new ArrayList<>();
    for (int failure = 1; failure <= 10; failure++) {
      lock.failed(now, ACCOUNTS);
      waits.add(lock.remaining(now).map(Duration::toSeconds).orElse(0L));
      now = lock.blockedUntil() == null ? now.plusSeconds(1) : lock.blockedUntil();
    }
    assertEquals(List.of(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 900L), waits);
    assertTrue(ACCOUNTS.locks(lock.failures()));
  }

  @Test
  void aLockIsLiftedByTimeButTheNextFailureLocksAgainAtOnce() {
    SignInLock lock = new SignInLock(SignInLock.ACCOUNT, "ana@example.org");
    for (int failure = 1; failure <= 10; failure++) {
      lock.failed(T0, ACCOUNTS);
    }
    Instant lifted = T0.plus(Duration.ofMinutes(15));
    assertEquals(Optional.of(Duration.ofMinutes(1)), lock.remaining(lifted.minusSeconds(60)));
    assertEquals(Optional.empty(), lock.remaining(lifted), "the lock ends by itself");
    lock.failed(lifted, ACCOUNTS);
    assertEquals(Optional.of(Duration.ofMinutes(15)), lock.remaining(lifted));
  }

  @Test
  void failuresAreForgottenAnHourAfterTheLast() {
    SignInLock lock = new SignInLock(SignInLock.ACCOUNT, "ana@example.org");
    for (int failure = 1; failure <= 9; failure++) {
      lock.failed(T0, ACCOUNTS);
    }
    lock.failed(T0.plus(Duration.ofHours(1)), ACCOUNTS);
    assertEquals(1, lock.failures());
    assertNull(lock.blockedUntil());
  }

  @Test
  void anAddressMayFailMoreThanAnAccountBeforeItWaits() {
    SignInPolicy addresses =
        SignInPolicy.forAddresses(50, Duration.ofSeconds(1), Duration.ofMinutes(15));
    assertNull(addresses.blockedUntil(25, T0));
    assertEquals(T0.plusSeconds(1), addresses.blockedUntil(26, T0));
    assertEquals(T0.plus(Duration.ofMinutes(15)), addresses.blockedUntil(40, T0), "capped");
    assertTrue(addresses.locks(50));
    assertFalse(addresses.locks(49));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SignInPolicy(5, 5, Duration.ofSeconds(1), Duration.ofMinutes(1)));
  }

  @Test
  void aRefusalSaysHowLongToWaitInWholeSeconds() {
    SignInLock lock = new SignInLock(SignInLock.ACCOUNT, "ana@example.org");
    for (int failure = 1; failure <= 10; failure++) {
      lock.failed(T0, ACCOUNTS);
    }
    SignInGuard.Refusal locked =
        new SignInGuard.Refusal(lock, Duration.ofMillis(899_001), ACCOUNTS);
    assertTrue(locked.locked());
    assertEquals(900, locked.retryAfterSeconds());
    assertEquals("error.sign-in.locked", locked.problem().key());
    assertEquals(429, locked.problem().kind().status());
    assertEquals(
        "Sign-in is locked for 15 minutes after too many failed attempts. Wait, or ask an admin to"
            + " lift the lock.",
        locked.problem().getMessage());
    SignInGuard.Refusal waiting =
        new SignInGuard.Refusal(
            new SignInLock(SignInLock.ACCOUNT, "b@example.org"), Duration.ofMillis(1), ACCOUNTS);
    assertEquals(1, waiting.retryAfterSeconds());
    assertEquals("error.sign-in.wait", waiting.problem().key());
  }

  @Test
  void passwordChecksBeyondTheCapAreTurnedAwayNotQueued() throws Exception {
    PasswordChecks checks = new PasswordChecks(2, Duration.ofMillis(100));
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Optional<String>>> slow = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        slow.add(
            pool.submit(
                () ->
                    checks.run(
                        () -> {
                          running.countDown();
                          await(release);
                          return "checked";
                        })));
      }
      running.await();
      long start = System.nanoTime();
      assertEquals(Optional.empty(), checks.run(() -> "third"));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000);
      release.countDown();
      for (Future<Optional<String>> check : slow) {
        assertEquals(Optional.of("checked"), check.get());
      }
      assertEquals(Optional.of("fourth"), checks.run(() -> "fourth"), "permits come back");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void weakPasswordHashingStopsTheStart() {
    IllegalStateException refusal =
        assertThrows(IllegalStateException.class, () -> PasswordHashCheck.requireStrong(99_999));
    assertTrue(refusal.getMessage().contains("MMICD_PASSWORD_ITERATIONS"), refusal.getMessage());
    PasswordHashCheck.requireStrong(100_000);
    PasswordHashCheck.requireStrong(210_000);
  }

  @Test
  void tokensWorkUntilTheyExpireOrAreRevoked() {
    AccessToken token =
        new AccessToken(null, "script", "hash", "mmicd_abcdef", T0, T0.plus(Duration.ofDays(90)));
    assertTrue(token.usable(T0.plus(Duration.ofDays(89))));
    assertFalse(token.usable(T0.plus(Duration.ofDays(90))));
    assertTrue(token.expired(T0.plus(Duration.ofDays(91))));
    AccessToken older = new AccessToken(null, "old", "hash2", "mmicd_old", T0, null);
    assertTrue(older.usable(T0.plus(Duration.ofDays(1000))), "made before tokens expired");
    older.revoke(T0);
    assertFalse(older.usable(T0));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
