package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Dates, pages and echoed input stay within bounds that neither Java nor the databases break. */
class BoundsTest {

  @Test
  void datesOutsideTheYears1900To2200AreRefused() {
    assertEquals(
        "startsAt",
        assertThrows(
                DomainException.class,
                () -> DateRange.require("startsAt", LocalDateTime.parse("+999999999-12-31T23:59")))
            .field());
    assertThrows(
        DomainException.class,
        () -> DateRange.require("startsAt", LocalDateTime.parse("0000-01-01T00:00")));
    assertThrows(
        DomainException.class,
        () -> DateRange.require("from", Instant.parse("+1000000000-01-01T00:00:00Z")));
    assertThrows(
        DomainException.class,
        () -> DateRange.require("to", Instant.parse("2201-01-01T00:00:00Z")));
    assertEquals(
        Instant.parse("2200-12-31T23:59:59Z"),
        DateRange.require("to", Instant.parse("2200-12-31T23:59:59Z")));
    assertTrue(DateRange.contains(Instant.parse("1900-01-01T00:00:00Z")));
  }

  @Test
  void pagesCannotOverflowIntoNegativeOffsets() {
    assertEquals(new Paging(100, 50), Paging.page(2, 50, 500));
    DomainException refusal =
        assertThrows(DomainException.class, () -> Paging.page(Integer.MAX_VALUE, 50, 500));
    assertEquals("page", refusal.field());
    assertEquals(
        "size", assertThrows(DomainException.class, () -> Paging.page(0, 501, 500)).field());
    assertEquals(
        "offset", assertThrows(DomainException.class, () -> Paging.of(-1, 10, 100)).field());
    assertEquals(
        "offset",
        assertThrows(DomainException.class, () -> Paging.of(Integer.MAX_VALUE, 10, 100)).field());
    assertEquals("limit", assertThrows(DomainException.class, () -> Paging.of(0, 0, 100)).field());
  }

  @Test
  void echoedInputIsCutAndFreedOfControlCharacters() {
    String huge = "x".repeat(10_000);
    String message = DomainException.invalid("lessonId", "error.date.format", huge).getMessage();
    assertTrue(message.length() < 400, message);
    assertTrue(message.contains("x".repeat(DomainException.ECHO_LIMIT) + "…"), message);
    String controlled =
        DomainException.invalid("from", "error.date.format", "a\u0000\u001b[2Jb").getMessage();
    assertTrue(controlled.contains("a\uFFFD\uFFFD[2Jb"), controlled);
  }

  @Test
  void anUnreachableDatabaseIsAnOutageNotAnError() {
    assertTrue(
        DatabaseOutage.causes(new RuntimeException(new java.sql.SQLException("refused", "08001"))));
    assertTrue(DatabaseOutage.causes(new IllegalStateException(new java.net.ConnectException())));
    assertTrue(DatabaseOutage.causes(new java.sql.SQLException("terminating connection", "57P01")));
    assertEquals(false, DatabaseOutage.causes(new java.sql.SQLException("duplicate key", "23505")));
  }
}
