package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live sessions through the REST API on the real WAR and database, with mail going through a real
 * SMTP server in this JVM: scheduling across time zones, invitations, changes and cancellations in
 * the learner's calendar, the race for the last seat, reminders and attendance reports.
 */
@ExtendWith(Platform.class)
class LiveSessionsIT {

  static final String ADMIN = "root@mmicd.test";
  static final String ADMIN_PASSWORD = "Root-password-1";
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  Api anonymous;
  Api organiser;

  @BeforeEach
  void connect() {
    anonymous = Api.anonymous(Platform.root());
    organiser = anonymous.withToken(token(anonymous.withBasic(ADMIN, ADMIN_PASSWORD)));
  }

  @Test
  void aSessionScheduledFromBrusselsReachesAKathmanduLearnerAtHerOwnTimeAndFollowsEveryChange()
      throws Exception {
    LocalDate day = LocalDate.now(BRUSSELS).plusDays(40);
    Instant start = ZonedDateTime.of(day, LocalTime.of(10, 0), BRUSSELS).toInstant();
    Api.Reply created =
        organiser.post("sessions", webinar("Health toolkit clinic " + day, day.atTime(10, 0), 5));
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.header("Location"));
    JsonObject session = created.json();
    long id = session.getJsonNumber("id").longValue();
    String uid = session.getString("calendarUid");
    assertEquals(start, Instant.parse(session.getString("startsAt")));
    assertTrue(session.getString("organiserStart").startsWith(day + "T10:00:00+0"));
    assertEquals("scheduled", session.getString("status"));

    Learner laxmi = learner("NP");
    JsonObject seen = laxmi.api().get("sessions/" + id).json();
    assertEquals("Asia/Kathmandu", seen.getString("viewerTimeZone"));
    LocalDateTime kathmandu = LocalDateTime.ofInstant(start, KATHMANDU);
    assertEquals(
        kathmandu,
        LocalDateTime.parse(seen.getString("viewerStart").substring(0, 19)),
        "the Brussels morning is the Kathmandu afternoon, 4:45 or 3:45 later by the season");
    assertTrue(seen.getString("viewerStart").endsWith("+05:45"), seen.getString("viewerStart"));
    assertNull(seen.get("joinUrl"), "no join link before registering");
    assertTrue(
        laxmi.api().get("sessions").array().getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.getJsonNumber("id").longValue() == id),
        "the session is in the learner's list");

    Api.Reply registered = laxmi.api().post("sessions/" + id + "/registrations", "");
    assertEquals(201, registered.status(), registered.toString());
    assertEquals("registered", registered.json().getString("status"));

    MimeMessage invitation = MailServer.awaitMail(laxmi.email(), s -> s.startsWith("Registered:"));
    String text = text(invitation);
    assertTrue(text.contains("(Asia/Kathmandu)"), text);
    assertTrue(text.contains("Europe/Brussels"), text);
    assertTrue(text.contains("https://meet.example.org/"), "the join link is in the invitation");
    VEvent invited = event(calendarOf(invitation), "REQUEST");
    assertEquals(uid, invited.getUid().orElseThrow().getValue());
    assertEquals(0, sequence(invited));
    assertEquals(start, Instant.from(invited.getDateTimeStart().getDate()));

    // The feed URL is absolute on the platform's public address; its path is this server's.
    String feed =
        java.net.URI.create(laxmi.api().get("me/calendar").json().getString("url")).getPath();
    VEvent inFeed = eventIn(anonymous.get(feed, "text/calendar"), uid);
    assertEquals(0, sequence(inFeed));

    Instant moved = ZonedDateTime.of(day.plusDays(1), LocalTime.of(11, 30), BRUSSELS).toInstant();
    Api.Reply changed =
        organiser.put(
            "sessions/" + id,
            webinar("Health toolkit clinic " + day, day.plusDays(1).atTime(11, 30), 5));
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("changed", changed.json().getString("status"));
    assertEquals(1, changed.json().getInt("sequence"));

    VEvent update =
        event(
            calendarOf(MailServer.awaitMail(laxmi.email(), s -> s.startsWith("Changed:"))),
            "REQUEST");
    assertEquals(uid, update.getUid().orElseThrow().getValue(), "the same event, updated");
    assertEquals(1, sequence(update));
    assertEquals(moved, Instant.from(update.getDateTimeStart().getDate()));
    VEvent movedInFeed = eventIn(anonymous.get(feed, "text/calendar"), uid);
    assertEquals(1, sequence(movedInFeed));
    assertEquals(moved, Instant.from(movedInFeed.getDateTimeStart().getDate()));

    Api.Reply cancelled =
        organiser.post("sessions/" + id + "/cancellation", "{\"reason\":\"The trainer is ill\"}");
    assertEquals(200, cancelled.status(), cancelled.toString());
    MimeMessage cancellation = MailServer.awaitMail(laxmi.email(), s -> s.startsWith("Cancelled:"));
    assertTrue(text(cancellation).contains("The trainer is ill"));
    VEvent cancelEvent = event(calendarOf(cancellation), "CANCEL");
    assertEquals(uid, cancelEvent.getUid().orElseThrow().getValue());
    assertEquals(2, sequence(cancelEvent));
    assertEquals("CANCELLED", cancelEvent.getStatus().getValue());
    VEvent cancelledInFeed = eventIn(anonymous.get(feed, "text/calendar"), uid);
    assertEquals("CANCELLED", cancelledInFeed.getStatus().getValue());
    assertEquals(2, sequence(cancelledInFeed));

    Api.Reply late = learner("NP").api().post("sessions/" + id + "/registrations", "");
    assertEquals(409, late.status(), late.toString());
    assertEquals("application/problem+json", late.contentType());
  }

  @Test
  void twoLearnersRacingForTheLastSeatGetOneSeatAndOnePlaceInTheQueue() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        LocalDate day = LocalDate.now(BRUSSELS).plusDays(20 + round);
        long id =
            organiser
                .post("sessions", webinar("Last seat " + UUID.randomUUID(), day.atTime(9, 0), 1))
                .json()
                .getJsonNumber("id")
                .longValue();
        Learner first = learner("NP");
        Learner second = learner("NP");
        CountDownLatch go = new CountDownLatch(1);
        Future<Api.Reply> a = pool.submit(() -> register(go, first, id));
        Future<Api.Reply> b = pool.submit(() -> register(go, second, id));
        go.countDown();
        List<String> statuses =
            List.of(a.get().json().getString("status"), b.get().json().getString("status"));
        assertTrue(
            statuses.contains("registered") && statuses.contains("waiting"),
            "round " + round + ": " + statuses);

        Learner winner = statuses.get(0).equals("registered") ? first : second;
        Learner loser = winner == first ? second : first;
        List<JsonObject> registrations =
            organiser
                .get("sessions/" + id + "/registrations")
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(
            1,
            registrations.stream().filter(r -> r.getString("status").equals("registered")).count());
        JsonObject waiting = loser.api().get("sessions/" + id).json().getJsonObject("registration");
        assertEquals("waiting", waiting.getString("status"));
        assertEquals(1, waiting.getInt("waitingPosition"));

        if (round == 0) {
          Api.Reply left = winner.api().delete("sessions/" + id + "/registrations/me");
          assertEquals(200, left.status(), left.toString());
          JsonObject promoted =
              loser.api().get("sessions/" + id).json().getJsonObject("registration");
          assertEquals("registered", promoted.getString("status"), "the queue moved up");
          VEvent seat =
              event(
                  calendarOf(
                      MailServer.awaitMail(loser.email(), s -> s.startsWith("You have a seat:"))),
                  "REQUEST");
          assertEquals(0, sequence(seat));
          VEvent removed =
              event(
                  calendarOf(
                      MailServer.awaitMail(
                          winner.email(), s -> s.startsWith("Registration cancelled:"))),
                  "CANCEL");
          assertEquals("CANCELLED", removed.getStatus().getValue());
          MailServer.awaitMail(loser.email(), s -> s.startsWith("Waiting list:"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theReminderAnHourBeforeGoesOutWhenItIsDue() throws Exception {
    Learner learner = learner("NP");
    // Registered seconds before the reminder falls due: the scheduler sends it within 15 more.
    Instant start =
        Clock.systemUTC()
            .instant()
            .plus(Duration.ofMinutes(60))
            .plusSeconds(12)
            .truncatedTo(ChronoUnit.SECONDS);
    LocalDateTime local = LocalDateTime.ofInstant(start, BRUSSELS);
    String title = "Reminder check " + UUID.randomUUID();
    long id =
        organiser
            .post("sessions", webinar(title, local, 10))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(201, learner.api().post("sessions/" + id + "/registrations", "").status());

    List<JsonObject> planned =
        organiser.get("admin/outbox?limit=1000").array().getValuesAs(JsonObject.class).stream()
            .filter(m -> learner.email().equals(m.getString("recipient")))
            .toList();
    assertTrue(
        planned.stream().noneMatch(m -> m.getString("kind").equals("reminder_24h")),
        "the day-before reminder is already past: " + planned);
    JsonObject reminder =
        planned.stream()
            .filter(m -> m.getString("kind").equals("reminder_1h"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no 1 h reminder planned: " + planned));
    assertEquals(start.minus(Duration.ofHours(1)), Instant.parse(reminder.getString("dueAt")));

    MimeMessage sent =
        MailServer.awaitMail(learner.email(), s -> s.equals("In one hour: " + title));
    assertTrue(text(sent).contains("starts in one hour"));
    // The server hears the SMTP server's answer a moment after the message arrived there.
    String path = "admin/outbox/" + reminder.getJsonNumber("id").longValue();
    String status = organiser.get(path).json().getString("status");
    for (int i = 0; i < 50 && status.equals("sending"); i++) {
      Thread.sleep(200);
      status = organiser.get(path).json().getString("status");
    }
    assertEquals("sent", status);
  }

  @Test
  void problemsAreAnsweredWithProblemDetails() {
    Learner learner = learner("NP");
    Api.Reply notTrainer =
        learner.api().post("sessions", webinar("Nope", LocalDateTime.now().plusDays(3), 5));
    assertEquals(403, notTrainer.status(), notTrainer.toString());

    Api.Reply invalid = organiser.post("sessions", "{\"kind\":\"webinar\"}");
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals("application/problem+json", invalid.contentType());
    List<String> fields =
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertTrue(fields.containsAll(List.of("title", "startsAt", "moduleIds")), fields.toString());

    // The clocks in Brussels jump from 02:00 to 03:00 on the last Sunday of March.
    LocalDate lastSundayOfMarch =
        LocalDate.of(LocalDate.now().getYear() + 1, 3, 31)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
    Api.Reply skipped =
        organiser.post("sessions", webinar("Night owls", lastSundayOfMarch.atTime(2, 30), 5));
    assertEquals(400, skipped.status(), skipped.toString());
    assertTrue(skipped.json().getString("detail").contains("does not exist in Europe/Brussels"));

    Api.Reply missing = organiser.get("sessions/987654321");
    assertEquals(404, missing.status());

    long id =
        organiser
            .post(
                "sessions",
                webinar(
                    "Already started " + UUID.randomUUID(),
                    LocalDateTime.now(BRUSSELS).minusHours(1),
                    5))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply closed = learner.api().post("sessions/" + id + "/registrations", "");
    assertEquals(409, closed.status(), closed.toString());
    assertTrue(closed.json().getString("detail").contains("closed"));

    Learner ecuadorian = learner("EC");
    long nepalOnly =
        organiser
            .post(
                "sessions",
                webinar(
                    "Nepal only " + UUID.randomUUID(), LocalDateTime.now(BRUSSELS).plusDays(9), 5))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply otherCountry = ecuadorian.api().post("sessions/" + nepalOnly + "/registrations", "");
    assertEquals(403, otherCountry.status(), otherCountry.toString());

    Api.Reply notLeading =
        anonymous
            .withBasic("trainer@demo.mmicd.org", "mmicd-demo")
            .put(
                "sessions/" + nepalOnly,
                webinar("Taken over", LocalDateTime.now(BRUSSELS).plusDays(9), 5));
    assertEquals(403, notLeading.status(), notLeading.toString());
  }

  @Test
  void anAttendanceReportIsImportedOnceWithRejoinsUnknownsAndABadRow() {
    Instant start =
        Clock.systemUTC().instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    long id =
        organiser
            .post(
                "sessions",
                webinar(
                    "Report import " + UUID.randomUUID(),
                    LocalDateTime.ofInstant(start, BRUSSELS),
                    20))
            .json()
            .getJsonNumber("id")
            .longValue();
    Learner anjali = learner("NP");
    Learner bishnu = learner("NP");
    Learner kamala = learner("NP");
    String unknown = "guest-" + UUID.randomUUID() + "@elsewhere.example";
    DateTimeFormatter zoom = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.ENGLISH);
    String csv =
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
            + zoomRow(
                "Anjali Shrestha",
                anjali.email(),
                start.minusSeconds(180),
                start.plusSeconds(40 * 60),
                zoom)
            + zoomRow(
                "Bishnu Adhikari",
                bishnu.email(),
                start.plusSeconds(5 * 60),
                start.plusSeconds(35 * 60),
                zoom)
            + zoomRow(
                "Anjali Shrestha",
                anjali.email().toUpperCase(),
                start.plusSeconds(45 * 60),
                start.plusSeconds(85 * 60),
                zoom)
            + zoomRow("Kamala (phone)", unknown, start, start.plusSeconds(88 * 60), zoom)
            + "Broken Row,"
            + bishnu.email()
            + ",not a time,also not,12,No\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);
    String path =
        "sessions/" + id + "/attendance/imports?fileName=zoom.csv&timeZone=Europe/Brussels";

    Api.Reply imported = organiser.post(path, file, "text/csv");
    assertEquals(201, imported.status(), imported.toString());
    JsonObject summary = imported.json();
    assertEquals(4, summary.getInt("rows"));
    assertEquals(2, summary.getInt("matched"));
    assertEquals(1, summary.getInt("unmatchedParticipants"));
    assertEquals(1, summary.getJsonArray("problems").size());
    assertTrue(
        summary.getJsonArray("problems").getString(0).startsWith("line 6:"), summary.toString());
    assertEquals("zoom-participants", summary.getString("layout"));
    assertEquals("M/d/yyyy h:mm:ss a", summary.getString("datePattern"), "the pattern it read");
    assertTrue(
        summary.getString("readAs").contains("Zoom participants report"), summary.toString());

    Api.Reply onlySummary =
        organiser
            .withLanguage("es")
            .post(
                path.replace("zoom.csv", "summary.csv"),
                ("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
                        + "812 3456 7890,Report import,11/30/2026 07:55:02 AM,"
                        + "11/30/2026 09:34:10 AM,trainer@example.org,100,4\n")
                    .getBytes(StandardCharsets.UTF_8),
                "text/csv");
    assertEquals(400, onlySummary.status(), "a meeting summary is not an empty attendance");
    assertTrue(
        onlySummary.json().getString("detail").contains("resumen de la reunión"),
        onlySummary.toString());

    JsonObject sheet = organiser.get("sessions/" + id + "/attendance").json();
    assertEquals("held", sheet.getString("status"));
    JsonObject a = line(sheet, anjali.email());
    assertEquals(80, a.getInt("minutesPresent"), "40 + 40 minutes, the early minutes not counted");
    assertTrue(a.getBoolean("attended"), "80 of 90 minutes is above the 75 % threshold");
    JsonObject b = line(sheet, bishnu.email());
    assertEquals(30, b.getInt("minutesPresent"));
    assertFalse(b.getBoolean("attended"));
    JsonObject stranger = sheet.getJsonArray("unmatched").getJsonObject(0);
    assertEquals(unknown, stranger.getString("email"));

    Api.Reply again = organiser.post(path, file, "text/csv");
    assertEquals(200, again.status(), again.toString());
    assertTrue(again.json().getBoolean("alreadyImported"));
    assertEquals(
        sheet.getJsonArray("people"),
        organiser.get("sessions/" + id + "/attendance").json().getJsonArray("people"),
        "importing the same file twice changes nothing");

    Api.Reply matched =
        organiser.post(
            "sessions/" + id + "/attendance/matches",
            "{\"participant\":\""
                + stranger.getString("participant")
                + "\",\"email\":\""
                + kamala.email()
                + "\"}");
    assertEquals(200, matched.status(), matched.toString());
    assertEquals(88, matched.json().getInt("minutesPresent"));
    assertTrue(matched.json().getBoolean("attended"));

    long bishnuId = b.getJsonNumber("personId").longValue();
    Api.Reply present =
        organiser.put("sessions/" + id + "/attendance/" + bishnuId, "{\"rollCall\":\"present\"}");
    assertTrue(present.json().getBoolean("attended"), present.toString());
    Api.Reply cleared =
        organiser.put("sessions/" + id + "/attendance/" + bishnuId, "{\"rollCall\":null}");
    assertFalse(cleared.json().getBoolean("attended"), "back to the 30 reported minutes");

    JsonObject after = organiser.get("sessions/" + id + "/attendance").json();
    assertEquals(0, after.getJsonArray("unmatched").size());
    assertEquals(1, after.getJsonArray("imports").size());
  }

  // --- helpers

  record Learner(String email, Api api) {}

  /** A new learner in the country, enrolled in the core course, calling with a token. */
  Learner learner(String country) {
    String email = "it-live-" + UUID.randomUUID() + "@example.org";
    Api.Reply account =
        anonymous.post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Live Learner\",\"password\":\"correct-horse-1\","
                + "\"country\":\""
                + country
                + "\",\"language\":\"en\"}");
    assertEquals(201, account.status(), account.toString());
    Api api = anonymous.withToken(token(anonymous.withBasic(email, "correct-horse-1")));
    assertEquals(201, api.post("enrollments", "{\"courseId\":\"mmicd-blended\"}").status());
    return new Learner(email, api);
  }

  static String token(Api basic) {
    Api.Reply issued = basic.post("me/tokens", "{\"name\":\"live sessions test\"}");
    assertEquals(201, issued.status(), issued.toString());
    return issued.json().getString("token");
  }

  static Api.Reply register(CountDownLatch go, Learner learner, long id) throws Exception {
    go.await();
    return learner.api().post("sessions/" + id + "/registrations", "");
  }

  static String webinar(String title, LocalDateTime start, int capacity) {
    return "{\"kind\":\"webinar\",\"title\":\""
        + title
        + "\",\"description\":\"Working through the health toolkit.\",\"startsAt\":\""
        + LOCAL.format(start)
        + "\",\"timeZone\":\"Europe/Brussels\",\"durationMinutes\":90,\"capacity\":"
        + capacity
        + ",\"joinUrl\":\"https://meet.example.org/health\",\"country\":\"NP\","
        + "\"moduleIds\":[\"toolkit-health\"],\"trainerEmails\":[\""
        + ADMIN
        + "\"]}";
  }

  static String zoomRow(
      String name, String email, Instant join, Instant leave, DateTimeFormatter format) {
    return "\""
        + name
        + "\","
        + email
        + ","
        + format.format(join.atZone(BRUSSELS))
        + ","
        + format.format(leave.atZone(BRUSSELS))
        + ","
        + Duration.between(join, leave).toMinutes()
        + ",No\n";
  }

  static JsonObject line(JsonObject sheet, String email) {
    return sheet.getJsonArray("people").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("email").equalsIgnoreCase(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError(email + " not in " + sheet));
  }

  static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String plain) {
      return plain;
    }
    Multipart mixed = (Multipart) content;
    Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
    return (String) alternatives.getBodyPart(0).getContent();
  }

  /** The .ics attached to a mail, parsed by ical4j. */
  static Calendar calendarOf(MimeMessage message) throws Exception {
    Multipart mixed = (Multipart) message.getContent();
    for (int i = 0; i < mixed.getCount(); i++) {
      BodyPart part = mixed.getBodyPart(i);
      if ("invite.ics".equals(part.getFileName())) {
        try (InputStream in = part.getInputStream()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          return new CalendarBuilder()
              .build(new StringReader(out.toString(StandardCharsets.UTF_8)));
        }
      }
    }
    throw new AssertionError("no invite.ics in " + message.getSubject());
  }

  static VEvent event(Calendar calendar, String method) {
    assertEquals(method, calendar.getMethod().getValue());
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(1, events.size());
    return events.get(0);
  }

  static VEvent eventIn(Api.Reply feed, String uid) throws Exception {
    assertEquals(200, feed.status(), feed.toString());
    assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    List<VEvent> matching = new ArrayList<>();
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      if (uid.equals(event.getUid().orElseThrow().getValue())) {
        matching.add(event);
      }
    }
    assertEquals(1, matching.size(), "one event per session in the feed");
    return matching.get(0);
  }

  static int sequence(VEvent event) {
    return event.<Sequence>getProperty("SEQUENCE").orElseThrow().getSequenceNo();
  }
}
