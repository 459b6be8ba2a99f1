package org.mmicd.academy.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.mmicd.academy.catalog.ContentLoaded;

/**
 * The progress kept on each enrollment (percent, and the last activity that says it started) is a
 * summary of its lesson progress: every progress report updates it in its own transaction. When the
 * content changes, the shape of courses changes, so it is recounted for every enrollment in one
 * statement; the same recount, compared instead of written, checks that the two agree. The count of
 * the required modules' quizzes the learner passed is kept the same way, recounted for a learner
 * whenever they pass a quiz or enrol.
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

  /**
   * The quizzes of the course's required modules that the enrollment's learner passed, as the
   * completion rule counts them: a module has a quiz when its files name one.
   */
  static final String QUIZZES_PASSED =
      "(SELECT COUNT(*) FROM quiz_pass qp"
          + " JOIN course_module cm ON cm.module_id = qp.module_id AND cm.required = TRUE"
          + " JOIN learning_module lm ON lm.id = cm.module_id AND lm.quiz_file IS NOT NULL"
          + " WHERE qp.person_id = e.person_id AND cm.course_id = e.course_id)";

  @PersistenceContext EntityManager em;
  @Inject Instance<KeptCount> keptAbove;

  /** The outcome of a check: how many enrollments, and how many disagree with a recount. */
  public record Check(long enrollments, long mismatches) {}

  void onContentLoaded(@Observes ContentLoaded loaded) {
    int changed = recount();
    LOG.info(() -> "Course progress recounted after the content load: " + changed + " changed");
  }

  /**
   * Writes the recounted progress and quiz passes wherever they differ; returns how many
   * enrollments changed.
   */
  @Transactional
  public int recount() {
    int percents =
        em.createNativeQuery(
                "MERGE INTO enrollment e USING ("
                    + RECOUNT
                    + ") pr ON (e.id = pr.enrollment_id)"
                    + " WHEN MATCHED AND e.progress_percent <> pr.percent"
                    + " THEN UPDATE SET progress_percent = pr.percent")
            .executeUpdate();
    // Grouped once rather than counted per enrollment: the same count as QUIZZES_PASSED, which
    // check() compares it with.
    int passes =
        em.createNativeQuery(
                "MERGE INTO enrollment e USING (SELECT x.id, COALESCE(pq.passed, 0) AS passed"
                    + " FROM enrollment x LEFT JOIN (SELECT qp.person_id, cm.course_id,"
                    + " COUNT(*) AS passed FROM quiz_pass qp"
                    + " JOIN course_module cm ON cm.module_id = qp.module_id AND cm.required = TRUE"
                    + " JOIN learning_module lm ON lm.id = cm.module_id AND lm.quiz_file IS NOT NULL"
                    + " GROUP BY qp.person_id, cm.course_id) pq ON pq.person_id = x.person_id"
                    + " AND pq.course_id = x.course_id) r ON (e.id = r.id)"
                    + " WHEN MATCHED AND e.required_quizzes_passed <> r.passed"
                    + " THEN UPDATE SET required_quizzes_passed = r.passed")
            .executeUpdate();
    return percents + passes;
  }

  /** Recounts the quiz passes kept on a learner's enrollments, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recountQuizPasses(long personId) {
    em.flush();
    em.createNativeQuery(
            "UPDATE enrollment e SET required_quizzes_passed = "
                + QUIZZES_PASSED
                + " WHERE e.person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }

  /**
   * Compares the kept progress with a full recount: the percent, "started" (a last activity)
   * against the lesson progress itself, the quiz passes, and the counts features above keep.
   */
  public Check check() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN e.progress_percent <> COALESCE(pr.percent, 0)"
                        + " OR CASE WHEN e.last_activity_at IS NULL THEN 0 ELSE 1 END"
                        + " <> CASE WHEN EXISTS (SELECT 1 FROM lesson_progress lp"
                        + " WHERE lp.enrollment_id = e.id) THEN 1 ELSE 0 END"
                        + " OR e.required_quizzes_passed <> "
                        + QUIZZES_PASSED
                        + " THEN 1 ELSE 0 END)"
                        + " FROM enrollment e LEFT JOIN ("
                        + RECOUNT
                        + ") pr ON pr.enrollment_id = e.id")
                .getSingleResult();
    long mismatches = number(row[1]);
    for (KeptCount count : keptAbove) {
      mismatches += count.mismatches();
    }
    return new Check(number(row[0]), mismatches);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
