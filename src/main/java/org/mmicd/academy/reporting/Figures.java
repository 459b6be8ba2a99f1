package org.mmicd.academy.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The figures the reports answer with; each carries its filters and how many statements it ran. */
public final class Figures {

  private Figures() {}

  /** Completion rate by one or two dimensions; each group is a flat map of fields and counts. */
  public record Completion(
      String groupBy,
      List<Map<String, Object>> groups,
      Map<String, String> filters,
      Instant extractedAt,
      int queries)
      implements Serializable {}

  public record StageCount(String stage, long learners, double rateOfEnrolled)
      implements Serializable {}

  /** The funnel, dropout and the median time to complete, from one statement. */
  public record Funnel(
      List<StageCount> stages,
      int inactiveDays,
      long droppedOut,
      long withdrawn,
      Double medianDaysToComplete,
      Map<String, String> filters,
      Instant extractedAt,
      int queries)
      implements Serializable {

    public long count(String stage) {
      return stages.stream()
          .filter(s -> s.stage().equals(stage))
          .mapToLong(StageCount::learners)
          .findFirst()
          .orElse(0);
    }
  }

  public record Learner(
      long enrollmentId,
      String name,
      String email,
      String country,
      String course,
      Long cohort,
      String cohortName,
      String status,
      int progressPercent,
      Instant lastActivityAt,
      Instant enrolledAt,
      Instant completedAt)
      implements Serializable {}

  /** The learners behind a number, a page at a time. */
  public record Learners(
      String stage,
      int page,
      int size,
      long total,
      List<Learner> learners,
      Map<String, String> filters,
      Instant extractedAt,
      int queries)
      implements Serializable {}

  public record QuizRate(
      String moduleId,
      long attempts,
      long learnersAttempted,
      long learnersPassed,
      double passRate,
      Double meanScore)
      implements Serializable {}

  public record Quizzes(
      List<QuizRate> modules, Map<String, String> filters, Instant extractedAt, int queries)
      implements Serializable {}

  public record SessionRate(
      long sessionId,
      String title,
      Instant startsAt,
      String country,
      String cohortName,
      long registered,
      long attended,
      double attendanceRate)
      implements Serializable {}

  public record Attendance(
      List<SessionRate> sessions, Map<String, String> filters, Instant extractedAt, int queries)
      implements Serializable {}

  public record MonthCount(String month, long completed) implements Serializable {}

  /** Everything the dashboard shows on first load. */
  public record Dashboard(
      Completion completion,
      List<Map<String, Object>> byCountry,
      Funnel funnel,
      List<MonthCount> completionsPerMonth,
      Map<String, String> filters,
      Instant extractedAt,
      int queries)
      implements Serializable {}
}
