package org.mmicd.academy.webinars.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.webinars.Fixtures;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.SessionDetails;
import org.mmicd.academy.webinars.SessionStatus;

/** The .ics text read back with ical4j: what a calendar app will see. */
class SessionCalendarTest {

  static final Instant START = Instant.parse("2025-03-31T08:00:00Z");
  static final Instant STAMP = Instant.parse("2025-03-01T12:00:00Z");

  final SessionCalendar calendar = new SessionCalendar("MMICD Academy <academy@mmicd.test>");

  @Test
  void aDownloadCarriesTheStableUidTheSequenceAndTheTimesInUtc() throws Exception {
    LiveSession session = Fixtures.session(START, 90, 30);

    Calendar parsed = parse(calendar.publish(entry(session, true, false), STAMP));

    assertEquals(Method.VALUE_PUBLISH, parsed.getMethod().getValue());
    VEvent event = onlyEvent(parsed);
    assertEquals(session.calendarUid(), event.getUid().orElseThrow().getValue());
    assertEquals(0, sequence(event));
    assertEquals(START, Instant.from(event.getDateTimeStart().getDate()));
    assertEquals(
        START.plus(Duration.ofMinutes(90)),
        Instant.from(event.getEndDate().orElseThrow().getDate()));
    assertEquals("CONFIRMED", event.getStatus().getValue());
    assertEquals(session.title(), event.getSummary().getValue());
    assertEquals("https://meet.example.org/health-toolkit", event.getUrl().getValue());
    assertEquals(STAMP, Instant.from((Temporal) event.getDateStamp().orElseThrow().getDate()));
  }

  @Test
  void withoutASeatTheJoinLinkStaysOut() throws Exception {
    LiveSession session = Fixtures.session(START, 90, 30);

    String text = calendar.publish(entry(session, false, false), STAMP);

    assertFalse(text.contains("meet.example.org"), text);
    assertTrue(text.contains("https://academy.mmicd.test/learn/sessions.xhtml"), text);
  }

  @Test
  void aChangeKeepsTheUidAndRaisesTheSequenceSoCalendarsReplaceTheEvent() throws Exception {
    LiveSession session = Fixtures.session(START, 90, 30);
    String uid = session.calendarUid();
    Person learner =
        Fixtures.person("Laxmi Learner", "laxmi@example.org", Fixtures.NEPAL, "Asia/Kathmandu");
    Instant later = START.plus(Duration.ofDays(2));

    session.revise(
        Fixtures.webinar(later, 60, 30, session.trainers().get(0)),
        START.minus(Duration.ofDays(1)));
    Calendar parsed =
        parse(calendar.message(entry(session, true, false), Method.VALUE_REQUEST, learner, STAMP));

    assertEquals(Method.VALUE_REQUEST, parsed.getMethod().getValue());
    VEvent event = onlyEvent(parsed);
    assertEquals(uid, event.getUid().orElseThrow().getValue());
    assertEquals(1, sequence(event));
    assertEquals(later, Instant.from(event.getDateTimeStart().getDate()));
    assertEquals(SessionStatus.CHANGED, session.status());
    String attendee = event.getProperty("ATTENDEE").orElseThrow().getValue();
    assertEquals("mailto:laxmi@example.org", attendee);
    assertEquals(
        "mailto:academy@mmicd.test", event.getProperty("ORGANIZER").orElseThrow().getValue());
  }

  @Test
  void aCancellationIsACancelWithStatusCancelledAndAHigherSequence() throws Exception {
    LiveSession session = Fixtures.session(START, 90, 30);
    Person learner =
        Fixtures.person("Laxmi Learner", "laxmi@example.org", Fixtures.NEPAL, "Asia/Kathmandu");

    session.cancel("The trainer is ill", START.minus(Duration.ofHours(3)));
    Calendar parsed =
        parse(calendar.message(entry(session, false, true), Method.VALUE_CANCEL, learner, STAMP));

    assertEquals(Method.VALUE_CANCEL, parsed.getMethod().getValue());
    VEvent event = onlyEvent(parsed);
    assertEquals(session.calendarUid(), event.getUid().orElseThrow().getValue());
    assertEquals(1, sequence(event));
    assertEquals("CANCELLED", event.getStatus().getValue());
  }

  @Test
  void aFeedHoldsEverySessionAndMarksTheCancelledOnes() throws Exception {
    LiveSession kept = Fixtures.session(START, 90, 30);
    LiveSession cancelled = Fixtures.session(START.plus(Duration.ofDays(7)), 60, 30);
    cancelled.cancel(null, START);

    Calendar parsed =
        parse(
            calendar.feed(
                "MMICD Academy: Laxmi Learner",
                List.of(entry(kept, true, false), entry(cancelled, true, false)),
                STAMP));

    List<VEvent> events = parsed.getComponents("VEVENT");
    assertEquals(2, events.size());
    assertEquals("CONFIRMED", events.get(0).getStatus().getValue());
    assertEquals("CANCELLED", events.get(1).getStatus().getValue());
    assertEquals(
        "MMICD Academy: Laxmi Learner",
        parsed.getProperty("X-WR-CALNAME").orElseThrow().getValue());
  }

  @Test
  void linesAreFoldedAt75OctetsWithoutSplittingACharacterAndUnfoldBackToTheText() throws Exception {
    String nepali =
        "आप्रवासनलाई स्वास्थ्य कार्यक्रममा समावेश गर्ने: फर्केका आप्रवासी कामदारहरूको"
            + " निरन्तर उपचार, काठमाडौं";
    String spanish =
        "Integración de la migración en la cooperación: ¿cómo acompañar a las"
            + " poblaciones móviles en Guayaquil, Cuenca y Quito? Año de evaluación";
    for (String title : List.of(nepali, spanish)) {
      LiveSession session = titled(title);
      String text = calendar.publish(entry(session, true, false), STAMP);

      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) {
        int octets = line.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(octets <= 75, octets + " octets: " + line);
      }
      assertTrue(text.contains("\r\n "), "a long title is folded");
      assertEquals(
          -1,
          text.indexOf('\uFFFD'),
          "no UTF-8 sequence is split (it would decode as a replacement character)");
      assertTrue(
          text.replace("\r\n ", "").contains("SUMMARY:" + title.replace(",", "\\,")),
          "unfolding restores the title");
      assertEquals(title, onlyEvent(parse(text)).getSummary().getValue());
    }
  }

  @Test
  void aLineOfExactly75OctetsStaysWholeAndEveryFoldStartsWithOneSpace() {
    String line = "SUMMARY:" + "é".repeat(33) + "a";
    assertEquals(75, line.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(line + "\r\n", ContentLines.fold(line + "\r\n"));

    String longer = "SUMMARY:" + "é".repeat(40);
    String folded = ContentLines.fold(longer);
    assertEquals("SUMMARY:" + "é".repeat(33) + "\r\n " + "é".repeat(7), folded, "é is two octets");
  }

  static LiveSession titled(String title) {
    SessionDetails base = Fixtures.webinar(START, 90, 30, Fixtures.trainer());
    SessionDetails details =
        new SessionDetails(
            base.kind(),
            title,
            base.description(),
            base.startsAt(),
            base.duration(),
            base.timeZone(),
            base.capacity(),
            base.joinUrl(),
            base.venue(),
            base.country(),
            base.cohort(),
            base.moduleIds(),
            base.trainers(),
            base.attendanceThreshold(),
            base.recordingUrl());
    LiveSession session =
        new LiveSession(details, Fixtures.trainer(), START.minus(Duration.ofDays(10)));
    Fixtures.setId(session, 4242);
    return session;
  }

  static SessionCalendar.Entry entry(LiveSession session, boolean seated, boolean cancelled) {
    return new SessionCalendar.Entry(
        session,
        seated,
        cancelled,
        "Details, with commas; semicolons and a\nsecond line",
        "https://academy.mmicd.test/learn/sessions.xhtml");
  }

  static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size());
    return events.get(0);
  }

  static int sequence(VEvent event) {
    return event.<Sequence>getProperty("SEQUENCE").orElseThrow().getSequenceNo();
  }
}
