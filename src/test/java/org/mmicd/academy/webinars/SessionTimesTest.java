package org.mmicd.academy.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmicd.academy.platform.DomainException;

/**
 * A session scheduled from Brussels as the pilot countries see it, on both sides of Europe's
 * daylight-saving changes (30 March and 26 October 2025). Nepal, Ecuador and Madagascar do not
 * change clocks, so the same 10:00 in Brussels lands an hour apart for them.
 */
class SessionTimesTest {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
  static final ZoneId ANTANANARIVO = ZoneId.of("Indian/Antananarivo");

  @ParameterizedTest(
      name =
          "10:00 Brussels on {0} is {1} UTC, {2} in Kathmandu, {3} in Guayaquil, {4} in Antananarivo")
  @CsvSource({
    // winter time, UTC+01:00, the Friday before the spring change
    "2025-03-28, 09:00, 14:45, 04:00, 12:00",
    // summer time, UTC+02:00, the Monday after it
    "2025-03-31, 08:00, 13:45, 03:00, 11:00",
    // summer time, the Friday before the autumn change
    "2025-10-24, 08:00, 13:45, 03:00, 11:00",
    // winter time again, the Monday after it
    "2025-10-27, 09:00, 14:45, 04:00, 12:00"
  })
  void aBrusselsMorningSessionInEveryPilotZone(
      String date, String utc, String kathmandu, String guayaquil, String antananarivo) {
    Instant start = SessionTimes.resolve(date + "T10:00", BRUSSELS);

    assertEquals(Instant.parse(date + "T" + utc + ":00Z"), start);
    assertEquals(LocalDateTime.parse(date + "T" + kathmandu), SessionTimes.local(start, KATHMANDU));
    assertEquals(LocalDateTime.parse(date + "T" + guayaquil), SessionTimes.local(start, GUAYAQUIL));
    assertEquals(
        LocalDateTime.parse(date + "T" + antananarivo), SessionTimes.local(start, ANTANANARIVO));
    assertEquals(LocalDateTime.parse(date + "T10:00"), SessionTimes.local(start, BRUSSELS));
  }

  @Test
  void kathmanduIsFiveHoursFortyFiveAheadOfUtc() {
    Instant start = SessionTimes.resolve("2025-06-02T16:30", KATHMANDU);

    assertEquals(Instant.parse("2025-06-02T10:45:00Z"), start);
    assertEquals(
        "Monday, June 2, 2025, 4:30 PM – 6:00 PM (Asia/Kathmandu)",
        SessionTimes.span(start, Duration.ofMinutes(90), KATHMANDU, Locale.ENGLISH)
            .replace('\u202F', ' '));
  }

  @Test
  void aKathmanduLearnerSeesTheBrusselsTimeBesideTheirOwn() {
    Instant start = SessionTimes.resolve("2025-03-31T10:00", BRUSSELS);

    String own = SessionTimes.span(start, Duration.ofHours(1), KATHMANDU, Locale.ENGLISH);
    String organiser = SessionTimes.organiserTime(start, BRUSSELS, KATHMANDU, Locale.ENGLISH);

    assertTrue(own.replace('\u202F', ' ').contains("1:45 PM – 2:45 PM (Asia/Kathmandu)"), own);
    assertEquals("10:00 AM Europe/Brussels (UTC+02:00)", organiser.replace('\u202F', ' '));
  }

  @Test
  void theOrganisersDateIsShownWhenItIsAnotherDayThere() {
    // 20:00 in Guayaquil is already the next morning in Kathmandu.
    Instant start = SessionTimes.resolve("2025-11-04T20:00", GUAYAQUIL);

    assertEquals(LocalDateTime.parse("2025-11-05T06:45"), SessionTimes.local(start, KATHMANDU));
    String organiser = SessionTimes.organiserTime(start, GUAYAQUIL, KATHMANDU, Locale.ENGLISH);
    assertTrue(organiser.startsWith("Nov 4, 2025"), organiser);
    assertTrue(organiser.endsWith("America/Guayaquil (UTC-05:00)"), organiser);
  }

  @Test
  void aTimeTheSpringChangeSkipsIsRefused() {
    DomainException problem =
        assertThrows(
            DomainException.class, () -> SessionTimes.resolve("2025-03-30T02:30", BRUSSELS));

    assertEquals(400, problem.kind().status());
    assertTrue(
        problem.getMessage().contains("does not exist in Europe/Brussels"), problem.getMessage());
    assertTrue(problem.getMessage().contains("from 02:00 to 03:00"), problem.getMessage());
  }

  @Test
  void aTimeTheAutumnChangeRepeatsNeedsItsOffset() {
    DomainException problem =
        assertThrows(
            DomainException.class, () -> SessionTimes.resolve("2025-10-26T02:30", BRUSSELS));
    assertTrue(problem.getMessage().contains("happens twice"), problem.getMessage());

    assertEquals(
        Instant.parse("2025-10-26T00:30:00Z"),
        SessionTimes.resolve("2025-10-26T02:30+02:00", BRUSSELS));
    assertEquals(
        Instant.parse("2025-10-26T01:30:00Z"),
        SessionTimes.resolve("2025-10-26T02:30+01:00", BRUSSELS));
  }

  @Test
  void anOffsetTheZoneDoesNotHaveIsRefused() {
    DomainException problem =
        assertThrows(
            DomainException.class, () -> SessionTimes.resolve("2025-07-01T10:00+01:00", BRUSSELS));

    assertTrue(problem.getMessage().contains("UTC+02:00"), problem.getMessage());
  }

  @Test
  void spaceSeparatedAndSecondsAreAccepted() {
    assertEquals(
        SessionTimes.resolve("2025-05-05T09:15", ANTANANARIVO),
        SessionTimes.resolve("2025-05-05 09:15:00", ANTANANARIVO));
    assertEquals(
        Instant.parse("2025-05-05T06:15:00Z"),
        SessionTimes.resolve("2025-05-05T09:15", ANTANANARIVO));
  }

  @Test
  void nonsenseIsRefusedWithAnExample() {
    DomainException time =
        assertThrows(DomainException.class, () -> SessionTimes.resolve("next monday", BRUSSELS));
    assertTrue(time.getMessage().contains("2026-03-31T10:00"));
    DomainException zone =
        assertThrows(DomainException.class, () -> SessionTimes.zone("Mars/Olympus_Mons"));
    assertTrue(zone.getMessage().contains("IANA"));
  }

  @Test
  void offsetsAreWrittenTheWayPeopleReadThem() {
    assertEquals("UTC+05:45", SessionTimes.offset(java.time.ZoneOffset.ofHoursMinutes(5, 45)));
    assertEquals("UTC-05:00", SessionTimes.offset(java.time.ZoneOffset.ofHours(-5)));
    assertEquals("UTC", SessionTimes.offset(java.time.ZoneOffset.UTC));
  }
}
