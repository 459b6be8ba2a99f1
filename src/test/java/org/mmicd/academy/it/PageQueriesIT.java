package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages a learner opens most cost a fixed number of SQL statements, however many modules,
 * lessons and enrollments stand behind them: a query per row (N+1) fails this test.
 */
@ExtendWith(Platform.class)
class PageQueriesIT {

  static final String PASSWORD = "correct-horse-1";

  @Test
  void theCoursePageMyLearningAndTheLessonPageDoNotGrowWithTheData() {
    String email = "queries-" + UUID.randomUUID() + "@example.org";
    Api anonymous = Platform.api();
    assertEquals(
        201,
        anonymous
            .post(
                "accounts",
                "{\"email\":\""
                    + email
                    + "\",\"displayName\":\"Query Counter\",\"password\":\""
                    + PASSWORD
                    + "\",\"country\":\"NP\",\"language\":\"en\"}")
            .status());
    Api learner = anonymous.withBasic(email, PASSWORD);
    long nepal = enrol(learner, "track-nepal");
    WebSession web = new WebSession(Platform.root()).signIn(email, PASSWORD);

    // A small course, one enrollment: the baseline, each page read twice so caches are warm. Its
    // first lesson is completed, as the big course's is below, so that both lesson pages record
    // the same kind of visit (a completion check runs only when the course may be done).
    complete(learner, nepal, firstLesson(learner, nepal));
    int smallCourse = settled(web, "course.xhtml?id=track-nepal");
    int oneEnrollment = settled(web, "learn/my.xhtml");
    int lessonOfSmallCourse = settled(web, lessonPage(learner, nepal, "track-nepal"));

    // The core course has five times the modules; progress on many lessons; two enrollments.
    long core = enrol(learner, "mmicd-blended");
    JsonObject view = learner.get("enrollments/" + core).json();
    int recorded = 0;
    for (JsonObject module : view.getJsonArray("modules").getValuesAs(JsonObject.class)) {
      for (JsonObject lesson : module.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
        if (recorded++ < 12) {
          complete(learner, core, lesson.getString("lessonId"));
        }
      }
    }
    int bigCourse = settled(web, "course.xhtml?id=mmicd-blended");
    int twoEnrollments = settled(web, "learn/my.xhtml");
    int lessonOfBigCourse = settled(web, lessonPage(learner, core, "mmicd-blended"));

    System.out.printf(
        "SQL statements per page: course %d/%d, My learning %d/%d, lesson %d/%d%n",
        smallCourse,
        bigCourse,
        oneEnrollment,
        twoEnrollments,
        lessonOfSmallCourse,
        lessonOfBigCourse);
    assertEquals(smallCourse, bigCourse, "the course page makes no query per module or lesson");
    assertEquals(oneEnrollment, twoEnrollments, "My learning makes no query per enrollment");
    assertEquals(lessonOfSmallCourse, lessonOfBigCourse, "the lesson page makes no query per row");
    // Loose ceilings on top: a page that starts to cost far more than today's (15, 7, 19) shows.
    assertTrue(bigCourse <= 25, "course page: " + bigCourse + " statements");
    assertTrue(twoEnrollments <= 15, "My learning: " + twoEnrollments + " statements");
    assertTrue(lessonOfBigCourse <= 30, "lesson page: " + lessonOfBigCourse + " statements");
  }

  private static int settled(WebSession web, String path) {
    WebSession.Page first = web.get(path);
    assertEquals(200, first.status(), path);
    WebSession.Page again = web.get(path);
    assertEquals(200, again.status(), path);
    return again.statements();
  }

  private static long enrol(Api learner, String courseId) {
    Api.Reply reply = learner.post("enrollments", "{\"courseId\":\"" + courseId + "\"}");
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getJsonNumber("id").longValue();
  }

  private static void complete(Api learner, long enrollment, String lessonId) {
    Api.Reply reply =
        learner.post(
            "enrollments/" + enrollment + "/progress",
            "{\"eventId\":\""
                + UUID.randomUUID()
                + "\",\"lessonId\":\""
                + lessonId
                + "\",\"state\":\"completed\",\"secondsSpent\":60}");
    assertEquals(200, reply.status(), reply.toString());
  }

  private static String lessonPage(Api learner, long enrollment, String courseId) {
    return "learn/lesson.xhtml?course=" + courseId + "&lesson=" + firstLesson(learner, enrollment);
  }

  private static String firstLesson(Api learner, long enrollment) {
    return learner
        .get("enrollments/" + enrollment)
        .json()
        .getJsonArray("modules")
        .getJsonObject(0)
        .getJsonArray("lessons")
        .getJsonObject(0)
        .getString("lessonId");
  }
}
