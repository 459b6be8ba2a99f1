package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mmicd.academy.certificates.credential.OpenBadgeCredentialTest;
import org.mmicd.academy.certificates.pdf.CertificatePdfTest;

/**
 * A course completed through the REST API (lessons, a quiz passed through the quiz API, a roll
 * call) yields a certificate at once: its PDF reads back with the Devanagari name, its QR code
 * leads to a verification that says valid, its credential verifies with the published key and not
 * once altered, and a revoked certificate verifies as revoked.
 */
@ExtendWith(Platform.class)
class CertificatesIT {

  static final String COURSE = "it-certificate-course";
  static final String MODULE = "it-certificate";
  static final String NAME = "सीता शर्मा थापा";

  Api anonymous;
  Api organiser;

  @BeforeEach
  void connect() {
    anonymous = Platform.api();
    organiser =
        anonymous.withToken(
            LiveSessionsIT.token(
                anonymous.withBasic(LiveSessionsIT.ADMIN, LiveSessionsIT.ADMIN_PASSWORD)));
  }

  @Test
  void aLearnerWhoCompletesTheCourseHoldsAVerifiableCertificateAtOnce() throws Exception {
    String email = "it-cert-" + UUID.randomUUID() + "@example.org";
    Api.Reply registered =
        anonymous.post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\""
                + NAME
                + "\",\"password\":\"correct-horse-1\",\"country\":\"NP\",\"language\":\"en\"}");
    assertEquals(201, registered.status(), registered.toString());
    Api learner =
        anonymous.withToken(LiveSessionsIT.token(anonymous.withBasic(email, "correct-horse-1")));
    long personId = learner.get("me").json().getJsonNumber("id").longValue();
    long enrollment =
        learner
            .post("enrollments", "{\"courseId\":\"" + COURSE + "\"}")
            .json()
            .getJsonNumber("id")
            .longValue();

    JsonObject before = learner.get("enrollments/" + enrollment + "/completion").json();
    assertFalse(before.getBoolean("ruleMet"));
    assertEquals(
        "0 of 1 required modules · quizzes 0 of 1 passed · live sessions 0 of 1 attended",
        before.getString("summary"));

    for (String lesson : List.of("first", "second")) {
      Api.Reply progress =
          learner.post(
              "enrollments/" + enrollment + "/progress",
              "{\"eventId\":\""
                  + UUID.randomUUID()
                  + "\",\"lessonId\":\""
                  + MODULE
                  + "."
                  + lesson
                  + "\",\"state\":\"completed\",\"secondsSpent\":90}");
      assertEquals(200, progress.status(), progress.toString());
    }
    passTheQuiz(learner);
    JsonObject waiting = learner.get("enrollments/" + enrollment + "/completion").json();
    assertEquals(
        "1 of 1 required modules · quizzes 1 of 1 passed · live sessions 0 of 1 attended",
        waiting.getString("summary"));
    assertEquals("active", waiting.getString("status"));
    assertEquals(0, learner.get("me/certificates").array().size(), "no certificate yet");

    Instant start =
        Clock.systemUTC().instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    long session = heldSessionAbout(MODULE, start);
    Api.Reply present =
        organiser.put(
            "sessions/" + session + "/attendance/" + personId, "{\"rollCall\":\"present\"}");
    assertEquals(200, present.status(), present.toString());

    List<JsonObject> held = learner.get("me/certificates").array().getValuesAs(JsonObject.class);
    assertEquals(1, held.size(), "the roll call completed the course in its own transaction");
    JsonObject certificate = held.get(0);
    String serial = certificate.getString("serial");
    assertTrue(serial.matches("MMICD-\\d{4}-\\d{6}"), serial);
    assertEquals(COURSE, certificate.getString("courseId"));
    assertEquals("valid", certificate.getString("status"));
    String verifyUrl = certificate.getString("verifyUrl");
    assertTrue(verifyUrl.startsWith("http://academy.mmicd.test/verify/"), verifyUrl);
    JsonObject after = learner.get("enrollments/" + enrollment + "/completion").json();
    assertEquals("completed", after.getString("status"));
    assertEquals(serial, after.getJsonObject("certificate").getString("serial"));

    HttpResponse<byte[]> pdf = learner.getBytes("certificates/" + serial + ".pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = CertificatePdfTest.text(pdf.body());
    assertTrue(text.contains(NAME), "the Devanagari name reads back as typed: " + text);
    assertTrue(text.contains(serial), text);
    assertTrue(text.contains("The MMICD Academy test board"), text);
    String qr = CertificatePdfTest.qr(pdf.body());
    assertEquals(verifyUrl, qr);
    String code = qr.substring(qr.lastIndexOf('/') + 1);
    JsonObject verified = anonymous.get("verifications/" + code).json();
    assertEquals("valid", verified.getString("status"));
    assertEquals(NAME, verified.getString("learnerName"));
    assertFalse(verified.toString().contains(email), "a verifier learns no e-mail");
    Api.Reply page = pageAt(URI.create(qr).getPath());
    assertEquals(200, page.status());
    assertTrue(page.body().contains("This certificate is valid."), page.body());

    Api.Reply credential = learner.get("certificates/" + serial + "/credential", "application/jwt");
    assertEquals(200, credential.status(), credential.toString());
    String jwt = credential.body();
    String kid = OpenBadgeCredentialTest.part(jwt, 0).getString("kid");
    JsonObject jwks = pageAt(".well-known/jwks.json").json();
    String x =
        jwks.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
            .filter(k -> k.getString("kid").equals(kid))
            .findFirst()
            .orElseThrow()
            .getString("x");
    assertTrue(OpenBadgeCredentialTest.verifies(jwt, x), "the credential verifies with the JWKS");
    assertFalse(
        OpenBadgeCredentialTest.verifies(OpenBadgeCredentialTest.tampered(jwt), x),
        "a credential with one claim altered is rejected");
    assertEquals(
        "http://academy.mmicd.test/api/v1/verifications/" + code,
        OpenBadgeCredentialTest.part(jwt, 1)
            .getJsonObject("vc")
            .getJsonObject("credentialStatus")
            .getString("id"));

    MimeMessage mail = MailServer.awaitMail(email, s -> s.startsWith("Your certificate"));
    assertTrue(hasAttachment(mail, "certificate-" + serial + ".pdf"), "the PDF is attached");

    // A new version of the required module: the holder is told and can earn the new version.
    raiseModuleVersion();
    Api.Reply reload =
        anonymous
            .withBasic(LiveSessionsIT.ADMIN, LiveSessionsIT.ADMIN_PASSWORD)
            .post("admin/content/reload", "");
    assertEquals(200, reload.status(), reload.toString());
    MailServer.awaitMail(email, s -> s.startsWith("A new version of your course"));
    JsonObject reopened = learner.get("enrollments/" + enrollment + "/completion").json();
    assertEquals("active", reopened.getString("status"));
    assertTrue(reopened.getBoolean("newVersionOpen"));
    assertEquals("valid", reopened.getJsonObject("certificate").getString("status"), "still valid");
    learner.post(
        "enrollments/" + enrollment + "/progress",
        "{\"eventId\":\""
            + UUID.randomUUID()
            + "\",\"lessonId\":\""
            + MODULE
            + ".second\",\"state\":\"completed\",\"secondsSpent\":30}");
    List<JsonObject> both = learner.get("me/certificates").array().getValuesAs(JsonObject.class);
    assertEquals(2, both.size(), "the new version is earned at the next fact");
    String newSerial = both.get(0).getString("serial");
    assertEquals("valid", both.get(0).getString("status"));
    assertEquals("superseded", both.get(1).getString("status"));
    JsonObject superseded = anonymous.get("verifications/" + code).json();
    assertEquals("superseded", superseded.getString("status"));
    assertEquals(newSerial, superseded.getString("supersededBy"));
    serial = newSerial;
    String newUrl = both.get(0).getString("verifyUrl");
    code = newUrl.substring(newUrl.lastIndexOf('/') + 1);

    Api stranger = anonymous.newLearner("NP");
    assertEquals(403, stranger.getBytes("certificates/" + serial + ".pdf").statusCode());
    assertEquals(401, anonymous.getBytes("certificates/" + serial + ".pdf").statusCode());
    assertEquals(404, anonymous.get("verifications/AAAA-BBBB").status());

    assertEquals(
        403, learner.post("certificates/" + serial + "/revocation", "{\"reason\":\"x\"}").status());
    Api coordinator = anonymous.withBasic("coordinator@demo.mmicd.org", "mmicd-demo");
    assertEquals(400, coordinator.post("certificates/" + serial + "/revocation", "{}").status());
    Api.Reply revoked =
        coordinator.post(
            "certificates/" + serial + "/revocation",
            "{\"reason\":\"The roll call was taken for the wrong person.\"}");
    assertEquals(200, revoked.status(), revoked.toString());
    JsonObject afterRevocation = anonymous.get("verifications/" + code).json();
    assertEquals("revoked", afterRevocation.getString("status"));
    assertEquals(
        "The roll call was taken for the wrong person.",
        afterRevocation.getString("revocationReason"));
    assertNotNull(afterRevocation.getString("revokedAt"));
    assertEquals(
        409, learner.get("certificates/" + serial + "/credential", "application/jwt").status());
  }

  @Test
  void theDemoHoldersAndTheStaffListsAreThereFromTheFirstStart() throws Exception {
    Api graduate = anonymous.withBasic("graduate@demo.mmicd.org", "mmicd-demo");
    JsonObject core = graduate.get("me/certificates").array().getJsonObject(0);
    assertEquals("mmicd-blended", core.getString("courseId"));
    assertEquals("valid", core.getString("status"));

    Api sita = anonymous.withBasic("sita@demo.mmicd.org", "mmicd-demo");
    String sitaSerial = sita.get("me/certificates").array().getJsonObject(0).getString("serial");
    String text =
        CertificatePdfTest.text(sita.getBytes("certificates/" + sitaSerial + ".pdf").body());
    assertTrue(text.contains("सीता शर्मा"), text);
    assertTrue(text.contains("यो प्रमाणित गरिन्छ कि"), "her certificate speaks Nepali: " + text);

    Api coordinator = anonymous.withBasic("coordinator@demo.mmicd.org", "mmicd-demo");
    List<JsonObject> nepal =
        coordinator
            .get("certificates?country=NP&course=track-nepal")
            .array()
            .getValuesAs(JsonObject.class);
    assertTrue(nepal.stream().anyMatch(c -> c.getString("serial").equals(sitaSerial)));
    assertTrue(nepal.stream().allMatch(c -> c.getString("country").equals("NP")));
    List<JsonObject> revoked =
        coordinator.get("certificates?status=revoked").array().getValuesAs(JsonObject.class);
    assertFalse(revoked.isEmpty(), "one generated learner's certificate is revoked");
    assertFalse(revoked.get(0).getString("revocationReason").isBlank());
    assertTrue(
        coordinator.get("certificates?status=valid").array().size() > 2,
        "generated learners who met the rule hold certificates");
    assertEquals(400, coordinator.get("certificates?status=forged").status());
    assertEquals(403, graduate.get("certificates").status(), "learners do not list certificates");

    Api.Reply reissued =
        coordinator.post(
            "certificates/" + sitaSerial + "/reissue",
            "{\"learnerName\":\"सीता शर्मा (पौडेल)\",\"reason\":\"Name corrected at her request\"}");
    assertEquals(201, reissued.status(), reissued.toString());
    String newSerial = reissued.json().getString("serial");
    assertEquals("सीता शर्मा (पौडेल)", reissued.json().getString("learnerName"));
    List<JsonObject> hers = sita.get("me/certificates").array().getValuesAs(JsonObject.class);
    assertEquals(newSerial, hers.get(0).getString("serial"));
    JsonObject old =
        hers.stream()
            .filter(c -> c.getString("serial").equals(sitaSerial))
            .findFirst()
            .orElseThrow();
    assertEquals("superseded", old.getString("status"));

    Api admin = anonymous.withBasic(LiveSessionsIT.ADMIN, LiveSessionsIT.ADMIN_PASSWORD);
    Api.Reply dryRun = admin.get("admin/courses/mmicd-blended/completion-review");
    assertEquals(200, dryRun.status(), dryRun.toString());
    assertEquals(0, dryRun.array().size(), "events completed everyone the rule completes");
    assertEquals(403, coordinator.get("admin/courses/mmicd-blended/completion-review").status());
    assertEquals(404, admin.get("admin/courses/no-such-course/completion-review").status());
  }

  /** Raises the test module's version in the content folder the server reads. */
  private static void raiseModuleVersion() throws Exception {
    Path file = Path.of(System.getenv("MMICD_CONTENT_DIR"), "modules", MODULE, "module.yaml");
    String yaml = Files.readString(file);
    Matcher version = Pattern.compile("(?m)^version: (\\d+)$").matcher(yaml);
    assertTrue(version.find(), yaml);
    Files.writeString(
        file, version.replaceFirst("version: " + (Integer.parseInt(version.group(1)) + 1)));
  }

  private void passTheQuiz(Api learner) {
    JsonObject attempt = learner.post("quizzes/" + MODULE + "/attempts", "{}").json();
    long id = attempt.getJsonNumber("id").longValue();
    QuizFile file = QuizFile.of("src/test/content/modules/" + MODULE);
    for (JsonObject question : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      String answer =
          QuizIT.rightAnswer(question, file.byText(question.getString("text"))).toString();
      assertEquals(
          200,
          learner
              .put("attempts/" + id + "/answers/" + question.getInt("position"), answer)
              .status());
    }
    Api.Reply result =
        learner.post(
            "attempts/" + id + "/submit", "{\"submissionId\":\"" + UUID.randomUUID() + "\"}");
    assertTrue(result.json().getBoolean("passed"), result.toString());
  }

  @Test
  void aCourseThatAsksForAShareOfTheCohortsSessionsCountsTheSessionsHeldForThatCohort() {
    String share = "it-share-course";
    Api.Reply cohort =
        organiser.post(
            "cohorts",
            "{\"name\":\"Share cohort "
                + UUID.randomUUID()
                + "\",\"courseId\":\""
                + share
                + "\",\"country\":\"NP\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\","
                + "\"trainerEmails\":[\""
                + LiveSessionsIT.ADMIN
                + "\"]}");
    assertEquals(201, cohort.status(), cohort.toString());
    long cohortId = cohort.json().getJsonNumber("id").longValue();
    String email = "it-share-" + UUID.randomUUID() + "@example.org";
    assertEquals(
        201,
        anonymous
            .post(
                "accounts",
                "{\"email\":\""
                    + email
                    + "\",\"displayName\":\"Share Learner\",\"password\":\"correct-horse-1\","
                    + "\"country\":\"NP\",\"language\":\"en\"}")
            .status());
    Api learner =
        anonymous.withToken(LiveSessionsIT.token(anonymous.withBasic(email, "correct-horse-1")));
    long personId = learner.get("me").json().getJsonNumber("id").longValue();
    Api.Reply enrolled =
        learner.post(
            "enrollments", "{\"courseId\":\"" + share + "\",\"cohortId\":" + cohortId + "}");
    assertEquals(201, enrolled.status(), enrolled.toString());
    long enrollment = enrolled.json().getJsonNumber("id").longValue();
    for (String lesson : List.of("first", "second")) {
      assertEquals(
          200,
          learner
              .post(
                  "enrollments/" + enrollment + "/progress",
                  "{\"eventId\":\""
                      + UUID.randomUUID()
                      + "\",\"lessonId\":\""
                      + MODULE
                      + "."
                      + lesson
                      + "\",\"state\":\"completed\",\"secondsSpent\":90}")
              .status());
    }
    Instant start =
        Clock.systemUTC().instant().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
    List<Long> sessions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sessions.add(heldSessionAbout(MODULE, start.plus(Duration.ofHours(i)), cohortId));
    }
    String completion = "enrollments/" + enrollment + "/completion";

    // Two of the cohort's sessions held without them: 60 % of two is two.
    for (long session : sessions.subList(1, 3)) {
      rollCall(session, personId, "absent");
    }
    assertEquals(
        "1 of 1 required modules · live sessions 0 of 2 attended",
        learner.get(completion).json().getString("summary"));

    // Present at the third: 60 % of three is still two, and one is not enough.
    rollCall(sessions.get(0), personId, "present");
    JsonObject oneOfTwo = learner.get(completion).json();
    assertEquals(
        "1 of 1 required modules · live sessions 1 of 2 attended", oneOfTwo.getString("summary"));
    assertEquals("active", oneOfTwo.getString("status"));

    // The roll call of an earlier session corrected: two of three, and the course is completed.
    rollCall(sessions.get(1), personId, "present");
    JsonObject done = learner.get(completion).json();
    assertEquals("completed", done.getString("status"), done.toString());
    assertEquals(1, learner.get("me/certificates").array().size());
  }

  private void rollCall(long session, long personId, String call) {
    Api.Reply reply =
        organiser.put(
            "sessions/" + session + "/attendance/" + personId, "{\"rollCall\":\"" + call + "\"}");
    assertEquals(200, reply.status(), reply.toString());
  }

  private long heldSessionAbout(String module, Instant start) {
    return heldSessionAbout(module, start, null);
  }

  private long heldSessionAbout(String module, Instant start, Long cohortId) {
    Api.Reply created =
        organiser.post(
            "sessions",
            "{\"kind\":\"workshop\",\"title\":\"Certificate workshop "
                + UUID.randomUUID()
                + "\",\"startsAt\":\""
                + LocalDateTime.ofInstant(start, ZoneOffset.UTC)
                + "\",\"timeZone\":\"UTC\",\"durationMinutes\":60,\"capacity\":20,"
                + "\"venue\":\"Kathmandu, training hall\",\"country\":\"NP\",\"moduleIds\":[\""
                + module
                + "\"],\"trainerEmails\":[\""
                + LiveSessionsIT.ADMIN
                + "\"]"
                + (cohortId == null ? "" : ",\"cohortId\":" + cohortId)
                + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  /** A page or file outside /api/v1, fetched anonymously. */
  private static Api.Reply pageAt(String path) {
    return Api.anonymous(Platform.root())
        .get(
            "../../" + (path.startsWith("/") ? path.substring(1) : path),
            "text/html, application/jwk-set+json, */*");
  }

  private static boolean hasAttachment(Part part, String fileName) throws Exception {
    if (fileName.equals(part.getFileName())) {
      return "application/pdf".equals(part.getContentType().split(";")[0].strip().toLowerCase());
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        if (hasAttachment(multipart.getBodyPart(i), fileName)) {
          return true;
        }
      }
    }
    return false;
  }
}
