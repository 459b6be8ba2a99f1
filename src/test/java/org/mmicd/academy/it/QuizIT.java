package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quiz attempts over HTTP: nothing leaks before submission, deadlines, stale and double submits.
 */
@ExtendWith(Platform.class)
class QuizIT {

  Api anonymous;

  @BeforeEach
  void connect() {
    anonymous = Api.anonymous(Platform.root());
  }

  @Test
  void nothingThatGradesLeavesTheServerBeforeSubmission() {
    Api learner = enrolledLearner("mmicd-blended");
    String rules = learner.get("quizzes/toolkit-health").body();
    JsonObject attempt = learner.post("quizzes/toolkit-health/attempts", "{}").json();
    String body = attempt.toString();
    QuizFile file = QuizFile.of("modules/toolkit-health");
    for (String forbidden : List.of("\"correct\"", "\"feedback\"", "\"accept\"", "\"score")) {
      assertFalse(body.contains(forbidden), forbidden + " in " + body);
      assertFalse(rules.contains(forbidden.replace("\"score", "\"scorePercent\":")), rules);
    }
    for (String secret : file.secrets()) {
      assertFalse(body.contains(secret), "leaked before submission: " + secret);
    }
    assertTrue(file.questions().size() >= 2 * file.draw(), "the pool is at least twice the draw");
    assertEquals(
        file.draw(), attempt.getJsonArray("questions").size(), "an attempt draws from the pool");
    assertNotNull(attempt.get("deadline"));
  }

  @Test
  void passingTheQuizWithAutosavedAnswersMarksTheModule() {
    Api learner = enrolledLearner("mmicd-blended");
    long enrollment =
        learner.get("me/enrollments").array().getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject attempt = learner.post("quizzes/toolkit-health/attempts", "{}").json();
    long id = attempt.getJsonNumber("id").longValue();
    QuizFile file = QuizFile.of("modules/toolkit-health");
    for (JsonObject question : attempt.getJsonArray("questions").getValuesAs(JsonObject.class)) {
      String answer = rightAnswer(question, file.byText(question.getString("text"))).toString();
      String path = "attempts/" + id + "/answers/" + question.getInt("position");
      Api.Reply first = learner.put(path, answer);
      assertEquals(200, first.status(), first.toString());
      Api.Reply again = learner.put(path, answer);
      assertEquals(
          first.json().getInt("answeredCount"),
          again.json().getInt("answeredCount"),
          "autosave is idempotent");
    }
    JsonObject reloaded = learner.get("attempts/" + id).json();
    assertEquals(
        file.draw(), reloaded.getInt("answeredCount"), "a reload finds every saved answer");

    String submission = "{\"submissionId\":\"" + UUID.randomUUID() + "\"}";
    Api.Reply result = learner.post("attempts/" + id + "/submit", submission);
    assertEquals(200, result.status(), result.toString());
    assertEquals(100.0, result.json().getJsonNumber("scorePercent").doubleValue());
    assertTrue(result.json().getBoolean("passed"));
    assertTrue(result.json().getBoolean("reviewShown"));
    assertFalse(
        result.json().getJsonArray("review").getJsonObject(0).getString("feedback").isBlank());

    Api.Reply doubleSubmit = learner.post("attempts/" + id + "/submit", submission);
    assertEquals(200, doubleSubmit.status());
    assertEquals(result.json(), doubleSubmit.json(), "a double submit gets the same result once");

    Api.Reply staleTab =
        learner.post(
            "attempts/" + id + "/submit", "{\"submissionId\":\"" + UUID.randomUUID() + "\"}");
    assertEquals(409, staleTab.status());
    assertEquals(
        100.0, staleTab.json().getJsonObject("result").getJsonNumber("scorePercent").doubleValue());

    Api.Reply lateSave = learner.put("attempts/" + id + "/answers/1", "{\"choices\":[0]}");
    assertEquals(409, lateSave.status());

    JsonObject module =
        learner
            .get("enrollments/" + enrollment)
            .json()
            .getJsonArray("modules")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("moduleId").equals("toolkit-health"))
            .findFirst()
            .orElseThrow();
    assertTrue(module.getBoolean("quizPassed"), "passing marks the module's quiz requirement met");
    assertTrue(learner.get("quizzes/toolkit-health").json().getBoolean("passed"));
  }

  @Test
  void anAttemptPastItsDeadlineIsGradedWithWhatWasSavedAndAttemptsRunOut() throws Exception {
    Api learner = enrolledLearner("it-quiz-course");
    JsonObject attempt = learner.post("quizzes/it-timed-quiz/attempts", "{}").json();
    long id = attempt.getJsonNumber("id").longValue();
    assertTrue(attempt.getJsonNumber("secondsLeft").longValue() <= 8);
    QuizFile file = QuizFile.of("src/test/content/modules/it-timed-quiz");
    JsonObject first = attempt.getJsonArray("questions").getJsonObject(0);
    assertEquals(
        200,
        learner
            .put(
                "attempts/" + id + "/answers/1",
                rightAnswer(first, file.byText(first.getString("text"))).toString())
            .status());

    Instant deadline = Instant.parse(attempt.getString("deadline"));
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 4_000);
    Api.Reply late = learner.put("attempts/" + id + "/answers/2", "{\"value\":true}");
    assertEquals(409, late.status(), late.toString());
    JsonObject result = late.json().getJsonObject("result");
    assertEquals("timed_out", result.getString("status"));
    assertEquals(
        50.0,
        result.getJsonNumber("scorePercent").doubleValue(),
        "only the answer saved in time counts");
    assertTrue(result.getBoolean("passed"));
    assertFalse(result.getBoolean("reviewShown"), "this quiz never shows answers");
    assertEquals(0, result.getJsonArray("review").size());

    JsonObject second = learner.post("quizzes/it-timed-quiz/attempts", "{}").json();
    long secondId = second.getJsonNumber("id").longValue();
    assertEquals(2, second.getInt("number"));
    assertEquals(
        200,
        learner
            .post(
                "attempts/" + secondId + "/submit",
                "{\"submissionId\":\"" + UUID.randomUUID() + "\"}")
            .status());
    Api.Reply third = learner.post("quizzes/it-timed-quiz/attempts", "{}");
    assertEquals(409, third.status(), third.toString());
    assertTrue(third.json().getString("detail").contains("all 2 attempts"));
  }

  @Test
  void mistakesAreRefusedClearly() {
    Api stranger = anonymous.newLearner("NP");
    Api.Reply notEnrolled = stranger.post("quizzes/toolkit-health/attempts", "{}");
    assertEquals(403, notEnrolled.status());
    assertEquals(404, stranger.get("quizzes/no-such-module").status());

    Api learner = enrolledLearner("mmicd-blended");
    long id =
        learner
            .post("quizzes/toolkit-education/attempts", "{}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(403, stranger.get("attempts/" + id).status(), "someone else's attempt");
    Api.Reply noSuchQuestion = learner.put("attempts/" + id + "/answers/99", "{\"value\":true}");
    assertEquals(404, noSuchQuestion.status());
    Api.Reply malformed = learner.put("attempts/" + id + "/answers/1", "{\"choices\": [");
    assertEquals(400, malformed.status());
    Api.Reply noSubmissionId = learner.post("attempts/" + id + "/submit", "{}");
    assertEquals(400, noSubmissionId.status());
    assertEquals(
        409, learner.get("attempts/" + id + "/result").status(), "no result before submission");
  }

  @Test
  void trainersSeeAttemptsByCountryAndItemAnalysis() {
    Api learner = enrolledLearner("mmicd-blended");
    long id =
        learner
            .post("quizzes/toolkit-security/attempts", "{}")
            .json()
            .getJsonNumber("id")
            .longValue();
    learner.put("attempts/" + id + "/answers/1", "{\"value\":true}");
    assertEquals(
        200,
        learner
            .post("attempts/" + id + "/submit", "{\"submissionId\":\"" + UUID.randomUUID() + "\"}")
            .status());

    assertEquals(
        403,
        learner.get("reports/quizzes/toolkit-security/analysis").status(),
        "learners do not see reports");
    Api trainer = anonymous.withBasic("trainer@demo.mmicd.org", "mmicd-demo");
    JsonObject analysis =
        trainer.get("reports/quizzes/toolkit-security/analysis?country=NP").json();
    assertTrue(analysis.getInt("attempts") >= 1, analysis.toString());
    List<JsonObject> items = analysis.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(
        QuizFile.of("modules/toolkit-security").questions().size(),
        items.size(),
        "one row per question of the pool");
    JsonObject drawn =
        items.stream().filter(i -> i.getInt("attempts") > 0).findFirst().orElseThrow();
    assertTrue(drawn.containsKey("facility") && drawn.containsKey("responses"));
    assertTrue(
        trainer
                .get("reports/quizzes/toolkit-security/analysis?country=BE")
                .json()
                .getInt("attempts")
            >= 0);
    // The demo learners' simulated attempts (abilities of 35 to 95 %) give the analysis real
    // answers to show: every answer an attempt saved counts, however many one transaction saves.
    JsonObject demo = trainer.get("reports/quizzes/guidelines-why-migration/analysis").json();
    assertTrue(demo.getInt("attempts") >= 5, demo.toString());
    assertTrue(demo.getJsonNumber("meanScore").doubleValue() > 20, "demo mean score: " + demo);
    Api.Reply badCountry = trainer.get("reports/quizzes/toolkit-security/attempts?country=nepal");
    assertEquals(400, badCountry.status());

    JsonObject page =
        trainer.get("reports/quizzes/toolkit-security/attempts?country=NP&size=5").json();
    assertTrue(page.getJsonNumber("total").longValue() >= 1);
    assertTrue(
        page.getJsonArray("attempts").getValuesAs(JsonObject.class).stream()
            .allMatch(a -> a.getString("country").equals("NP")));
  }

  @Test
  void giftBanksConvertWholeOrNotAtAll() {
    Api trainer = anonymous.withBasic("trainer@demo.mmicd.org", "mmicd-demo");
    Api.Reply good =
        trainer.postText(
            "gift/convert",
            "Which agency leads on migration? {=IOM ~FAO}\n\nMigration is a social determinant of health. {T}\n");
    assertEquals(200, good.status(), good.toString());
    assertTrue(
        good.body().contains("type: single") && good.body().contains("type: true-false"),
        good.body());
    Api.Reply moodle =
        trainer.postText(
            "gift/convert",
            "\uFEFF// exported from Moodle\r\n::Hometown::Jesus Christ was from {\r\n"
                + "  ~%25%Bethlehem#Born there.\r\n  =Nazareth\r\n}.\r\n\r\n"
                + "[markdown]Who is *buried* here?{=%100%no one =%0%*#Nobody is.}\r\n");
    assertEquals(200, moodle.status(), moodle.toString());
    assertTrue(
        moodle.body().contains("weight: 25")
            && moodle.body().contains("format: markdown")
            && moodle.body().contains("feedback: Nobody is."),
        moodle.body());
    Api.Reply bad =
        trainer.withLanguage("fr").postText("gift/convert", "Good {=a ~b}\n\nHow many? {#3}\n");
    assertEquals(400, bad.status());
    JsonObject refused = bad.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("line 3", refused.getString("field"));
    assertTrue(refused.getString("message").contains("numériques"), bad.toString());
    assertEquals(403, anonymous.newLearner("NP").postText("gift/convert", "Q {=a ~b}").status());
  }

  private Api enrolledLearner(String course) {
    Api learner = anonymous.newLearner("NP");
    Api.Reply enrolled = learner.post("enrollments", "{\"courseId\":\"" + course + "\"}");
    assertEquals(201, enrolled.status(), enrolled.toString());
    return learner;
  }

  /** The right answer to a question as shown, worked out from the quiz file. */
  @SuppressWarnings("unchecked")
  static JsonObject rightAnswer(JsonObject shown, Map<String, Object> source) {
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (shown.getString("type")) {
      case "single", "multiple" -> {
        List<Map<String, Object>> options = (List<Map<String, Object>>) source.get("options");
        JsonArrayBuilder choices = Json.createArrayBuilder();
        for (JsonObject option : shown.getJsonArray("options").getValuesAs(JsonObject.class)) {
          boolean correct =
              options.stream()
                  .anyMatch(
                      o ->
                          o.get("text").toString().equals(option.getString("text"))
                              && Boolean.TRUE.equals(o.get("correct")));
          if (correct) {
            choices.add(option.getInt("id"));
          }
        }
        answer.add("choices", choices);
      }
      case "true-false" -> answer.add("value", (Boolean) source.get("answer"));
      case "matching" -> {
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) source.get("pairs");
        JsonObjectBuilder matches = Json.createObjectBuilder();
        List<JsonObject> rights = shown.getJsonArray("rights").getValuesAs(JsonObject.class);
        for (int left = 0; left < pairs.size(); left++) {
          String right = pairs.get(left).get("right").toString();
          int id =
              rights.stream()
                  .filter(r -> r.getString("text").equals(right))
                  .findFirst()
                  .orElseThrow()
                  .getInt("id");
          matches.add(Integer.toString(left), id);
        }
        answer.add("matches", matches);
      }
      case "short-answer" ->
          answer.add("text", ((List<Object>) source.get("accept")).get(0).toString().toUpperCase());
      default -> throw new AssertionError(shown);
    }
    return answer.build();
  }
}
