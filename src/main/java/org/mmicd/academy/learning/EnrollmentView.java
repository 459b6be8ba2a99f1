package org.mmicd.academy.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An enrollment as learners and the API see it: progress per module and lesson, and where to
 * resume.
 */
public record EnrollmentView(
    long id,
    String courseId,
    String courseTitle,
    String courseTitleLanguage,
    String learnerEmail,
    String status,
    Instant enrolledAt,
    Instant lastActivityAt,
    int percent,
    ResumePoint resume,
    List<ModuleView> modules)
    implements Serializable {

  public record ResumePoint(String lessonId, String moduleId, String title, String titleLanguage)
      implements Serializable {}

  public record ModuleView(
      String moduleId,
      String title,
      boolean required,
      int percent,
      int completedLessons,
      int totalLessons,
      boolean hasQuiz,
      boolean quizPassed,
      List<LessonView> lessons)
      implements Serializable {

    /** The same module after one of its lessons reached a state (a page's outline, say). */
    public ModuleView withLessonState(String lessonId, String state) {
      return new ModuleView(
          moduleId,
          title,
          required,
          percent,
          completedLessons,
          totalLessons,
          hasQuiz,
          quizPassed,
          lessons.stream()
              .map(
                  l ->
                      l.lessonId().equals(lessonId)
                          ? new LessonView(
                              l.lessonId(),
                              l.title(),
                              l.type(),
                              l.minutes(),
                              state,
                              l.secondsSpent())
                          : l)
              .toList());
    }
  }

  public record LessonView(
      String lessonId, String title, String type, int minutes, String state, int secondsSpent)
      implements Serializable {}
}
