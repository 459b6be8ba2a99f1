package org.mmicd.academy.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.mmicd.academy.catalog.ContentLoaded;

/**
 * The progress kept on each enrollment (percent, and the last activity that says it started) is a
 * summary of its lesson progress: every progress report updates it in its own transaction. When the
 * content changes, the shape of courses changes, so it is recounted for every enrollment in one
 * statement; the same recount, compared instead of written, checks that the two agree.
 */
@ApplicationScoped
public class ProgressCounters {

  private static final Logger LOG = Logger.getLogger(ProgressCounters.class.getName());

  /**
   * The course progress of every enrollment computed from its lesson progress, as {@link
   * CourseProgress} does: every required module, and of the optional modules the course's minimum
   * number, those the learner is furthest in (ties in course order).
   */
  static final String RECOUNT =
      "SELECT ranked.enrollment_id, CASE WHEN SUM(ranked.lessons_total) = 0 THEN 0"
          + " ELSE FLOOR(SUM(ranked.lessons_done) * 100.0 / SUM(ranked.lessons_total)) END AS percent"
          + " FROM (SELECT plan.enrollment_id, plan.required, plan.optional_counted,"
          + " plan.lessons_total, plan.lessons_done, ROW_NUMBER() OVER"
          + " (PARTITION BY plan.enrollment_id, plan.required ORDER BY CASE WHEN"
          + " plan.lessons_total = 0 THEN 0 ELSE plan.lessons_done * 100 / plan.lessons_total END"
          + " DESC, plan.position) AS place FROM"
          + " (SELECT e.id AS enrollment_id, cm.required, cm.position,"
          + " c.min_optional_modules AS optional_counted,"
          + " COALESCE(ms.lessons, 0) AS lessons_total, COALESCE(md.lessons, 0) AS lessons_done"
          + " FROM enrollment e JOIN course c ON c.id = e.course_id"
          + " JOIN course_module cm ON cm.course_id = e.course_id"
          + " LEFT JOIN (SELECT l.module_id, COUNT(*) AS lessons FROM lesson l"
          + " WHERE l.retired = FALSE GROUP BY l.module_id) ms ON ms.module_id = cm.module_id"
          + " LEFT JOIN (SELECT lp.enrollment_id, l.module_id, COUNT(*) AS lessons"
          + " FROM lesson_progress lp JOIN lesson l ON l.id = lp.lesson_id"
          + " WHERE lp.state = 'COMPLETED' AND l.retired = FALSE"
          + " GROUP BY lp.enrollment_id, l.module_id) md ON md.enrollment_id = e.id"
          + " AND md.module_id = cm.module_id) plan) ranked"
          + " WHERE ranked.required = TRUE OR ranked.place <= ranked.optional_counted"
          + " GROUP BY ranked.enrollment_id";

  @PersistenceContext EntityManager em;

  /** The outcome of a check: how many enrollments, and how many disagree with a recount. */
  public record Check(long enrollments, long mismatches) {}

  void onContentLoaded(@Observes ContentLoaded loaded) {
    int changed = recount();
    LOG.info(() -> "Course progress recounted after the content load: " + changed + " changed");
  }

  /** Writes the recounted progress wherever it differs; returns how many enrollments changed. */
  @Transactional
  public int recount() {
    return em.createNativeQuery(
            "MERGE INTO enrollment e USING ("
                + RECOUNT
                + ") pr ON (e.id = pr.enrollment_id)"
                + " WHEN MATCHED AND e.progress_percent <> pr.percent"
                + " THEN UPDATE SET progress_percent = pr.percent")
        .executeUpdate();
  }

  /**
   * Compares the kept progress with a full recount: the percent, and "started" (a last activity)
   * against the lesson progress itself.
   */
  public Check check() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN e.progress_percent <> COALESCE(pr.percent, 0)"
                        + " OR CASE WHEN e.last_activity_at IS NULL THEN 0 ELSE 1 END"
                        + " <> CASE WHEN EXISTS (SELECT 1 FROM lesson_progress lp"
                        + " WHERE lp.enrollment_id = e.id) THEN 1 ELSE 0 END THEN 1 ELSE 0 END)"
                        + " FROM enrollment e LEFT JOIN ("
                        + RECOUNT
                        + ") pr ON pr.enrollment_id = e.id")
                .getSingleResult();
    return new Check(number(row[0]), number(row[1]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
