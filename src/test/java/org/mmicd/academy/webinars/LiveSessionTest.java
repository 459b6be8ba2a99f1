package org.mmicd.academy.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/** The rules a session carries: what a change announces, when registration closes, audiences. */
class LiveSessionTest {

  static final Instant START = Instant.parse("2025-05-01T09:00:00Z");
  static final Instant BEFORE = START.minus(Duration.ofDays(3));

  @Test
  void aNewTimeIsAnnouncedAsAChangeAndRaisesTheSequence() {
    LiveSession session = Fixtures.session(START, 60, 10);
    Person trainer = session.trainers().get(0);

    Set<LiveSession.Change> changes =
        session.revise(Fixtures.webinar(START.plusSeconds(3600), 60, 10, trainer), BEFORE);

    assertEquals(Set.of(LiveSession.Change.TIME), changes);
    assertEquals(SessionStatus.CHANGED, session.status());
    assertEquals(1, session.sequence());
  }

  @Test
  void moreSeatsOrANewRecordingLinkAnnounceNothing() {
    LiveSession session = Fixtures.session(START, 60, 10);
    Person trainer = session.trainers().get(0);

    session.revise(Fixtures.webinar(START, 60, 20, trainer), BEFORE);

    assertEquals(SessionStatus.SCHEDULED, session.status());
    assertEquals(0, session.sequence());
    assertEquals(20, session.capacity());
  }

  @Test
  void afterTheStartOnlyTheRecordingAndThresholdCanChange() {
    LiveSession session = Fixtures.session(START, 60, 10);
    Person trainer = session.trainers().get(0);
    Instant afterwards = START.plus(Duration.ofHours(2));
    SessionDetails details = session.details();
    SessionDetails withRecording =
        new SessionDetails(
            details.kind(),
            details.title(),
            details.description(),
            details.startsAt(),
            details.duration(),
            details.timeZone(),
            details.capacity(),
            details.joinUrl(),
            details.venue(),
            details.country(),
            details.cohort(),
            details.moduleIds(),
            details.trainers(),
            60,
            "https://video.example.org/recording");

    session.revise(withRecording, afterwards);
    assertEquals("https://video.example.org/recording", session.recordingUrl());
    assertEquals(0, session.sequence());

    DomainException moved =
        assertThrows(
            DomainException.class,
            () ->
                session.revise(
                    Fixtures.webinar(START.plusSeconds(600), 60, 10, trainer), afterwards));
    assertEquals(409, moved.kind().status());
  }

  @Test
  void registrationClosesAtTheStartAndForCancelledSessions() {
    LiveSession session = Fixtures.session(START, 60, 10);
    assertTrue(session.registrationOpen(START.minusSeconds(1)));
    assertFalse(session.registrationOpen(START));

    session.cancel("no trainer", BEFORE);
    assertFalse(session.registrationOpen(BEFORE));
    assertEquals(1, session.sequence());
    assertThrows(DomainException.class, () -> session.cancel("again", BEFORE));
  }

  @Test
  void aSessionIsForLearnersOfItsCountryTakingOneOfItsModules() {
    LiveSession session = Fixtures.session(START, 60, 10);
    Person nepali = Fixtures.person("Sita", "sita@example.org", Fixtures.NEPAL, "Asia/Kathmandu");
    Person ecuadorian =
        Fixtures.person("María", "maria@example.org", Fixtures.ECUADOR, "America/Guayaquil");

    assertTrue(session.openTo(nepali, Set.of("toolkit-health", "guidelines-why-migration")));
    assertFalse(session.openTo(nepali, Set.of("toolkit-governance")));
    assertFalse(session.openTo(ecuadorian, Set.of("toolkit-health")));
  }

  @Test
  void theDetailsAreCheckedAsAWhole() {
    Person trainer = Fixtures.trainer();
    DomainException noLink =
        assertThrows(
            DomainException.class,
            () ->
                new SessionDetails(
                    SessionKind.WEBINAR,
                    "T",
                    null,
                    START,
                    Duration.ofMinutes(60),
                    java.time.ZoneId.of("UTC"),
                    10,
                    null,
                    null,
                    null,
                    null,
                    Set.of("toolkit-health"),
                    List.of(trainer),
                    75,
                    null));
    assertTrue(noLink.getMessage().contains("join link"));
    DomainException noVenue =
        assertThrows(
            DomainException.class,
            () ->
                new SessionDetails(
                    SessionKind.WORKSHOP,
                    "T",
                    null,
                    START,
                    Duration.ofMinutes(60),
                    java.time.ZoneId.of("UTC"),
                    10,
                    null,
                    "Hotel Yak & Yeti",
                    null,
                    null,
                    Set.of("toolkit-health"),
                    List.of(trainer),
                    75,
                    null));
    assertTrue(noVenue.getMessage().contains("country"));
    DomainException badLink =
        assertThrows(
            DomainException.class,
            () ->
                new SessionDetails(
                    SessionKind.WEBINAR,
                    "T",
                    null,
                    START,
                    Duration.ofMinutes(60),
                    java.time.ZoneId.of("UTC"),
                    10,
                    "javascript:alert(1)",
                    null,
                    null,
                    null,
                    Set.of("toolkit-health"),
                    List.of(trainer),
                    75,
                    null));
    assertTrue(badLink.getMessage().contains("http or https"));
  }

  @Test
  void attendanceIsAShareOfTheDuration() {
    LiveSession session = Fixtures.session(START, 80, 10);
    assertTrue(session.attendedWith(60 * 60));
    assertFalse(session.attendedWith(60 * 60 - 1));
  }
}
