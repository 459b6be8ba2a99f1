package org.mmicd.academy.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures as tables for the files: the columns are the JSON fields, in the same order. */
public final class ReportTables {

  private ReportTables() {}

  public static ReportTable completion(Figures.Completion figures, Grouping grouping) {
    List<String> columns = new ArrayList<>(grouping.fields());
    columns.addAll(
        List.of(
            "enrolled",
            "started",
            "completed",
            "withdrawn",
            "completionRate",
            "certified",
            "revoked"));
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> group : figures.groups()) {
      List<Object> row = new ArrayList<>();
      columns.forEach(c -> row.add(group.get(c)));
      rows.add(row);
    }
    return new ReportTable(
        "Completion rate by " + figures.groupBy(),
        figures.extractedAt(),
        figures.filters(),
        columns,
        rows);
  }

  public static ReportTable funnel(Figures.Funnel funnel) {
    List<List<Object>> rows = new ArrayList<>();
    funnel.stages().forEach(s -> rows.add(List.of(s.stage(), s.learners(), s.rateOfEnrolled())));
    rows.add(List.of("droppedOut (" + funnel.inactiveDays() + " days)", funnel.droppedOut(), ""));
    rows.add(List.of("withdrawn", funnel.withdrawn(), ""));
    List<Object> median = new ArrayList<>();
    median.add("medianDaysToComplete");
    median.add(funnel.medianDaysToComplete());
    median.add("");
    rows.add(median);
    return new ReportTable(
        "Funnel",
        funnel.extractedAt(),
        funnel.filters(),
        List.of("stage", "learners", "rateOfEnrolled"),
        rows);
  }

  public static ReportTable learners(Figures.Learners learners) {
    List<List<Object>> rows = new ArrayList<>();
    for (Figures.Learner l : learners.learners()) {
      List<Object> row = new ArrayList<>();
      row.add(l.enrollmentId());
      row.add(l.name());
      row.add(l.email());
      row.add(l.country());
      row.add(l.course());
      row.add(l.cohort());
      row.add(l.cohortName());
      row.add(l.status());
      row.add(l.progressPercent());
      row.add(l.lastActivityAt());
      row.add(l.enrolledAt());
      row.add(l.completedAt());
      rows.add(row);
    }
    return new ReportTable(
        "Learners: " + learners.stage(),
        learners.extractedAt(),
        learners.filters(),
        List.of(
            "enrollmentId",
            "name",
            "email",
            "country",
            "course",
            "cohort",
            "cohortName",
            "status",
            "progressPercent",
            "lastActivityAt",
            "enrolledAt",
            "completedAt"),
        rows);
  }

  public static ReportTable quizzes(Figures.Quizzes quizzes) {
    List<List<Object>> rows = new ArrayList<>();
    for (Figures.QuizRate q : quizzes.modules()) {
      List<Object> row = new ArrayList<>();
      row.add(q.moduleId());
      row.add(q.attempts());
      row.add(q.learnersAttempted());
      row.add(q.learnersPassed());
      row.add(q.passRate());
      row.add(q.meanScore());
      rows.add(row);
    }
    return new ReportTable(
        "Quiz pass rates",
        quizzes.extractedAt(),
        quizzes.filters(),
        List.of(
            "moduleId", "attempts", "learnersAttempted", "learnersPassed", "passRate", "meanScore"),
        rows);
  }

  public static ReportTable attendance(Figures.Attendance attendance) {
    List<List<Object>> rows = new ArrayList<>();
    for (Figures.SessionRate s : attendance.sessions()) {
      List<Object> row = new ArrayList<>();
      row.add(s.sessionId());
      row.add(s.title());
      row.add(s.startsAt());
      row.add(s.country());
      row.add(s.cohortName());
      row.add(s.registered());
      row.add(s.attended());
      row.add(s.attendanceRate());
      rows.add(row);
    }
    return new ReportTable(
        "Live-session attendance",
        attendance.extractedAt(),
        attendance.filters(),
        List.of(
            "sessionId",
            "title",
            "startsAt",
            "country",
            "cohortName",
            "registered",
            "attended",
            "attendanceRate"),
        rows);
  }
}
