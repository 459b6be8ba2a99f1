package org.mmicd.academy.webinars.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.identity.Secret;

/** A feed keeps the hash of its secret, never the secret. */
class CalendarFeedTest {

  @Test
  void theSecretIsReturnedOnceAndOnlyItsHashIsKept() throws Exception {
    CalendarFeed feed = new CalendarFeed(7);
    String secret = feed.renew(Instant.parse("2026-03-31T08:00:00Z"));
    assertTrue(secret.matches("[A-Za-z0-9_-]{32}"), secret);
    assertEquals(null, field(feed, "secret"));
    assertEquals(Secret.hash(secret), field(feed, "secretHash"));
    assertEquals(64, Secret.hash(secret).length());

    String next = feed.renew(Instant.parse("2026-04-01T08:00:00Z"));
    assertNotEquals(secret, next);
    assertEquals(Secret.hash(next), field(feed, "secretHash"), "the old secret is gone");
  }

  @Test
  void aPlainSecretFromBeforeIsHashedAndKeepsItsUrl() throws Exception {
    CalendarFeed legacy = new CalendarFeed(8);
    Field secret = CalendarFeed.class.getDeclaredField("secret");
    secret.setAccessible(true);
    secret.set(legacy, "plain-secret-from-before-v30");
    legacy.hashSecret();
    assertEquals(null, field(legacy, "secret"));
    assertEquals(Secret.hash("plain-secret-from-before-v30"), field(legacy, "secretHash"));
  }

  private static Object field(CalendarFeed feed, String name) throws Exception {
    Field field = CalendarFeed.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(feed);
  }
}
