package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API against the real WAR on Payara Micro and a real database (H2 or PostgreSQL, as the
 * failsafe execution sets it).
 */
@ExtendWith(Platform.class)
class ApiIT {

  static final String ADMIN = "root@mmicd.test";
  static final String ADMIN_PASSWORD = "Root-password-1";

  Api anonymous;

  @BeforeEach
  void connect() {
    URI root = Platform.root();
    anonymous = Api.anonymous(root);
  }

  @Test
  void runsOnTheDatabaseThisRunIsFor() throws java.io.IOException {
    String expected = System.getProperty("it.database");
    URI health = URI.create(Platform.root().resolve("/health/ready").toString());
    Api.Reply reply = Api.anonymous(health).get(health.toString());
    assertEquals(200, reply.status(), reply.toString());
    // Readiness has several checks (the database, whether the instance is draining), in any order.
    JsonObject check =
        reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> "database".equals(c.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check: " + reply));
    assertEquals("UP", check.getString("status"));
    // The public readiness answer names no product; the server's own log does.
    assertTrue(
        java.nio.file.Files.readString(Platform.log()).contains("Database " + expected + ":"),
        "the server log names the database " + expected);
  }

  @Test
  void catalogueListsTheCoreCourseWithGuidelinesAndToolkits() {
    Api.Reply list = anonymous.get("courses");
    assertEquals(200, list.status(), list.toString());
    List<String> ids =
        list.array().getValuesAs(JsonObject.class).stream().map(c -> c.getString("id")).toList();
    assertTrue(ids.contains("mmicd-blended"), ids.toString());

    JsonObject course = anonymous.get("courses/mmicd-blended").json();
    List<JsonObject> modules = course.getJsonArray("modules").getValuesAs(JsonObject.class);
    assertTrue(
        modules.stream()
            .anyMatch(m -> m.getString("part").equals("guidelines") && m.getBoolean("required")));
    JsonObject health =
        modules.stream()
            .filter(m -> m.getString("id").equals("toolkit-health"))
            .findFirst()
            .orElseThrow();
    assertEquals("toolkit", health.getString("part"));
    assertEquals("health", health.getString("sector"));
    assertTrue(
        health.getJsonArray("partners").getValuesAs(jakarta.json.JsonString.class).stream()
            .anyMatch(p -> p.getString().equals("WHO")));
    assertTrue(
        health.getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
            .anyMatch(l -> l.getString("type").equals("training-card")));
    assertEquals(1, course.getJsonObject("completion").getInt("minLiveSessionsAttended"));
  }

  @Test
  void lessonsAreRenderedAsSanitisedHtmlForSignedInPeopleOnly() {
    String path = "courses/mmicd-blended/lessons/toolkit-health.story-fernando";
    Api.Reply anonymousReply = anonymous.get(path);
    assertEquals(401, anonymousReply.status(), anonymousReply.toString());
    assertTrue(anonymousReply.contentType().startsWith("application/problem+json"));
    assertFalse(anonymousReply.headers("WWW-Authenticate").isEmpty(), "a 401 carries a challenge");

    Api learner = anonymous.newLearner("NP");
    JsonObject lesson = learner.get(path).json();
    assertTrue(lesson.getString("html").contains("<h1>"), lesson.getString("html"));
    assertTrue(lesson.getString("html").contains("Fernando"));
    assertFalse(lesson.getString("html").contains("<script"));
    assertEquals("toolkit-health.integrate-health", lesson.getString("previousLessonId"));

    JsonObject spanish =
        learner.get("courses/track-ecuador/lessons/country-ecuador.context-ecuador?lang=es").json();
    assertEquals("es", spanish.getString("language"));
    assertFalse(spanish.getBoolean("translationMissing"));
    JsonObject fallback =
        learner.get("courses/mmicd-blended/lessons/toolkit-security.why-security?lang=ne").json();
    assertEquals("en", fallback.getString("language"));
    assertTrue(fallback.getBoolean("translationMissing"));

    Api.Reply missing = learner.get("courses/mmicd-blended/lessons/toolkit-health.no-such-lesson");
    assertEquals(404, missing.status());
    assertTrue(missing.json().getString("detail").contains("no-such-lesson"));
  }

  @Test
  void enrolmentAnswersEachMistakeWithAProblem() {
    Api learner = anonymous.newLearner("EC");
    Api.Reply created = learner.post("enrollments", "{\"courseId\":\"track-ecuador\"}");
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.header("Location"));
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals("active", created.json().getString("status"));
    assertEquals(0, created.json().getInt("percent"));

    Api.Reply duplicate = learner.post("enrollments", "{\"courseId\":\"track-ecuador\"}");
    assertEquals(409, duplicate.status());
    assertEquals("application/problem+json", duplicate.contentType());
    assertTrue(duplicate.json().getString("detail").contains("already enrolled"));

    Api.Reply unknown = learner.post("enrollments", "{\"courseId\":\"no-such-course\"}");
    assertEquals(404, unknown.status());
    assertTrue(unknown.json().getString("detail").contains("no-such-course"));

    Api.Reply malformed = learner.post("enrollments", "{\"courseId\": ");
    assertEquals(400, malformed.status(), malformed.toString());
    assertEquals("application/problem+json", malformed.contentType());

    Api.Reply invalid = learner.post("enrollments", "{}");
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals(
        "courseId", invalid.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    Api.Reply mine = learner.get("me/enrollments");
    assertEquals(1, mine.array().size());
    assertEquals(id, mine.array().getJsonObject(0).getJsonNumber("id").longValue());
  }

  @Test
  void aReplayedProgressEventIsCountedOnceAndGetsTheSameAnswer() {
    Api learner = anonymous.newLearner("NP");
    long id =
        learner
            .post("enrollments", "{\"courseId\":\"track-nepal\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    String event = UUID.randomUUID().toString();
    String report =
        "{\"eventId\":\""
            + event
            + "\",\"lessonId\":\"country-nepal.context-nepal\",\"state\":\"completed\",\"secondsSpent\":300}";

    Api.Reply first = learner.post("enrollments/" + id + "/progress", report);
    assertEquals(200, first.status(), first.toString());
    Api.Reply again = learner.post("enrollments/" + id + "/progress", report);
    assertEquals(200, again.status());
    assertEquals(first.json(), again.json(), "a replay gets the very same answer");

    JsonObject enrollment = learner.get("enrollments/" + id).json();
    JsonObject lesson = lessonOf(enrollment, "country-nepal.context-nepal");
    assertEquals("completed", lesson.getString("state"));
    assertEquals(300, lesson.getInt("secondsSpent"), "seconds counted once");
    assertTrue(enrollment.getInt("percent") > 0);
    assertEquals(
        "country-nepal.capstone-nepal", enrollment.getJsonObject("resume").getString("lessonId"));

    Api.Reply reused =
        learner.post(
            "enrollments/" + id + "/progress",
            "{\"eventId\":\""
                + event
                + "\",\"lessonId\":\"country-nepal.capstone-nepal\",\"state\":\"in_progress\",\"secondsSpent\":5}");
    assertEquals(409, reused.status(), reused.toString());

    Api.Reply later =
        learner.post(
            "enrollments/" + id + "/progress",
            "{\"eventId\":\""
                + UUID.randomUUID()
                + "\",\"lessonId\":\"country-nepal.context-nepal\",\"state\":\"in_progress\",\"secondsSpent\":60}");
    assertEquals(
        "completed", later.json().getString("state"), "a completed lesson stays completed");
    assertEquals(360, later.json().getInt("secondsSpent"));

    Api.Reply bad =
        learner.post(
            "enrollments/" + id + "/progress",
            "{\"eventId\":\"not-a-uuid\",\"lessonId\":\"country-nepal.context-nepal\",\"state\":\"finished\",\"secondsSpent\":-4}");
    assertEquals(400, bad.status(), bad.toString());
    List<String> fields =
        bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of("eventId", "secondsSpent", "state"), fields);

    Api.Reply wrongLesson =
        learner.post(
            "enrollments/" + id + "/progress",
            "{\"eventId\":\""
                + UUID.randomUUID()
                + "\",\"lessonId\":\"toolkit-security.why-security\",\"state\":\"completed\",\"secondsSpent\":1}");
    assertEquals(404, wrongLesson.status());

    JsonObject unchanged = learner.get("enrollments/" + id).json();
    assertEquals(
        360,
        lessonOf(unchanged, "country-nepal.context-nepal").getInt("secondsSpent"),
        "rejected reports change nothing");
  }

  @Test
  void someoneElsesEnrollmentIsForbidden() {
    Api owner = anonymous.newLearner("MG");
    long id =
        owner
            .post("enrollments", "{\"courseId\":\"track-madagascar\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Api stranger = anonymous.newLearner("MG");
    assertEquals(403, stranger.get("enrollments/" + id).status());
    Api.Reply report =
        stranger.post(
            "enrollments/" + id + "/progress",
            "{\"eventId\":\""
                + UUID.randomUUID()
                + "\",\"lessonId\":\"country-madagascar.context-madagascar\",\"state\":\"completed\",\"secondsSpent\":1}");
    assertEquals(403, report.status());
    assertEquals("application/problem+json", report.contentType());
    assertEquals(404, owner.get("enrollments/999999999").status());
  }

  @Test
  void rolesAreCheckedOnEveryResource() {
    Api learner = anonymous.newLearner("NP");
    Api.Reply denied = learner.get("admin/content");
    assertEquals(403, denied.status());
    assertEquals("application/problem+json", denied.contentType());
    assertEquals(403, learner.post("admin/content/reload", "").status());
    assertEquals(403, learner.put("admin/settings/self-registration", "{\"open\":false}").status());

    Api.Reply anonymousAdmin = anonymous.get("admin/content");
    assertEquals(401, anonymousAdmin.status());

    Api admin = anonymous.withBasic(ADMIN, ADMIN_PASSWORD);
    JsonObject status = admin.get("admin/content").json();
    assertTrue(status.getInt("modules") >= 3, status.toString());
    assertEquals(JsonValue.ValueType.ARRAY, status.get("problems").getValueType());
    JsonObject reload = admin.post("admin/content/reload", "").json();
    assertEquals(0, reload.getJsonArray("problems").size(), reload.toString());
  }

  @Test
  void tokensAuthenticateUntilRevokedAndWrongPasswordsDoNot() {
    Api learner = anonymous.newLearner("EC");
    Api.Reply issued = learner.post("me/tokens", "{\"name\":\"reporting script\"}");
    assertEquals(201, issued.status(), issued.toString());
    String token = issued.json().getString("token");
    assertTrue(token.startsWith("mmicd_") && token.length() > 40);

    Api byToken = anonymous.withToken(token);
    JsonObject me = byToken.get("me").json();
    assertEquals("EC", me.getString("country"));
    assertEquals("America/Guayaquil", me.getString("timeZone"));
    assertFalse(
        learner.get("me/tokens").body().contains(token.substring(12)),
        "the secret is never shown again");

    long tokenId = issued.json().getJsonNumber("id").longValue();
    assertEquals(200, learner.delete("me/tokens/" + tokenId).status());
    Api.Reply revoked = byToken.get("me");
    assertEquals(401, revoked.status());
    assertTrue(revoked.header("WWW-Authenticate") != null);

    assertEquals(
        401, anonymous.withBasic(me.getString("email"), "wrong-password").get("me").status());
    assertEquals(401, anonymous.withToken("mmicd_forged").get("me").status());
    Api other = anonymous.newLearner("EC");
    assertEquals(403, other.delete("me/tokens/" + tokenId).status());
  }

  @Test
  void selfRegistrationCanBeClosedByAnAdmin() {
    Api admin = anonymous.withBasic(ADMIN, ADMIN_PASSWORD);
    try {
      assertEquals(200, admin.put("admin/settings/self-registration", "{\"open\":false}").status());
      Api.Reply refused =
          anonymous.post(
              "accounts",
              "{\"email\":\"closed-"
                  + UUID.randomUUID()
                  + "@example.org\",\"displayName\":\"X\",\"password\":\"correct-horse-1\"}");
      assertEquals(403, refused.status(), refused.toString());
    } finally {
      admin.put("admin/settings/self-registration", "{\"open\":true}");
    }
    Api.Reply weak =
        anonymous.post(
            "accounts",
            "{\"email\":\"weak@example.org\",\"displayName\":\"X\",\"password\":\"short\"}");
    assertEquals(400, weak.status());
    assertEquals(
        "password", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Reply unknownCountry =
        anonymous.post(
            "accounts",
            "{\"email\":\"zz-"
                + UUID.randomUUID()
                + "@example.org\",\"displayName\":\"X\",\"password\":\"correct-horse-1\",\"country\":\"ZZ\"}");
    assertEquals(400, unknownCountry.status());
  }

  private static JsonObject lessonOf(JsonObject enrollment, String lessonId) {
    return enrollment.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
        .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
        .filter(l -> l.getString("lessonId").equals(lessonId))
        .findFirst()
        .orElseThrow();
  }
}
