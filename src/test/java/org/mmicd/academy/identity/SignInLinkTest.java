package org.mmicd.academy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sign-in link works once, until it expires or a newer one replaces it. */
class SignInLinkTest {

  static final Instant MADE = Instant.parse("2026-11-30T08:00:00Z");

  @Test
  void aWelcomeLinkWorksForSevenDaysAndASignInLinkForOneHour() {
    SignInLink welcome = link(SignInLink.Purpose.WELCOME);
    assertEquals(MADE.plus(Duration.ofDays(7)), welcome.expiresAt());
    assertEquals(
        SignInLink.State.USABLE, welcome.state(MADE.plus(Duration.ofDays(7)).minusSeconds(1)));
    assertEquals(SignInLink.State.EXPIRED, welcome.state(MADE.plus(Duration.ofDays(7))));

    SignInLink signIn = link(SignInLink.Purpose.SIGN_IN);
    assertEquals(SignInLink.State.USABLE, signIn.state(MADE.plus(Duration.ofMinutes(59))));
    assertEquals(SignInLink.State.EXPIRED, signIn.state(MADE.plus(Duration.ofHours(1))));
    assertFalse(signIn.use(MADE.plus(Duration.ofHours(1))), "an expired link cannot be used");
    assertEquals(SignInLink.State.EXPIRED, signIn.state(MADE.plus(Duration.ofHours(1))));
  }

  @Test
  void aLinkWorksOnce() {
    SignInLink link = link(SignInLink.Purpose.SIGN_IN);
    assertTrue(link.use(MADE.plusSeconds(60)));
    assertEquals(SignInLink.State.USED, link.state(MADE.plusSeconds(61)));
    assertFalse(link.use(MADE.plusSeconds(62)), "a second use");
    assertEquals(
        SignInLink.State.USED, link.state(MADE.plus(Duration.ofDays(2))), "used, not expired");
  }

  @Test
  void aReplacedLinkNoLongerWorksButAUsedOneStaysUsed() {
    SignInLink older = link(SignInLink.Purpose.SIGN_IN);
    older.replace(MADE.plusSeconds(30));
    assertEquals(SignInLink.State.REPLACED, older.state(MADE.plusSeconds(31)));
    assertFalse(older.use(MADE.plusSeconds(32)));

    SignInLink used = link(SignInLink.Purpose.SIGN_IN);
    assertTrue(used.use(MADE.plusSeconds(10)));
    used.replace(MADE.plusSeconds(30));
    assertEquals(SignInLink.State.USED, used.state(MADE.plusSeconds(31)));
  }

  @Test
  void onlyTheHashOfAFreshSecretIsKept() {
    String secret = Secret.random(32);
    assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), "256 bits, URL-safe: " + secret);
    assertEquals(64, Secret.hash(secret).length());
    assertEquals(Secret.hash(secret), Secret.hash(secret));
    assertFalse(Secret.hash(secret).equals(Secret.hash(Secret.random(32))));
  }

  private static SignInLink link(SignInLink.Purpose purpose) {
    Person person =
        new Person(
            "ana@example.org",
            "Ana",
            "hash",
            null,
            null,
            "es",
            ZoneId.of("America/Guayaquil"),
            Set.of(Role.LEARNER),
            MADE);
    return new SignInLink(person, purpose, Secret.hash("secret"), MADE);
  }
}
