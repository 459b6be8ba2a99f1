package org.mmicd.academy.webinars.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mmicd.academy.catalog.ContentLoaded;
import org.mmicd.academy.learning.Enrolled;
import org.mmicd.academy.learning.KeptCount;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.SessionNews;

/**
 * Keeps on each enrollment how many live sessions on its course's modules the learner attended
 * ({@code enrollment.live_sessions_attended}), which the reports' funnel reads instead of grouping
 * every roll call. Recounted for the people a roll call, a meeting report or an enrolment concerns,
 * for the attendees of a session whose modules changed, and for everyone after a content load
 * (courses may have gained or lost modules). In the transaction that changed the facts.
 */
@ApplicationScoped
public class SessionsAttendedCounter implements KeptCount {

  /** The count for the enrollment {@code e}: distinct sessions attended on its course's modules. */
  static final String COUNT =
      "(SELECT COUNT(DISTINCT sa.session_id) FROM session_attendance sa"
          + " JOIN live_session_module lsm ON lsm.session_id = sa.session_id"
          + " JOIN course_module am ON am.module_id = lsm.module_id"
          + " WHERE sa.attended = TRUE AND sa.person_id = e.person_id"
          + " AND am.course_id = e.course_id)";

  private static final int PEOPLE_PER_STATEMENT = 500;

  @PersistenceContext EntityManager em;

  void attendanceChanged(@Observes AttendanceChanged event) {
    recount(event.personIds());
  }

  void enrolled(@Observes Enrolled event) {
    recount(List.of(event.personId()));
  }

  void sessionChanged(@Observes SessionNews.SessionChanged news) {
    if (news.changes().contains(LiveSession.Change.AUDIENCE)) {
      em.flush();
      em.createNativeQuery(
              "UPDATE enrollment e SET live_sessions_attended = "
                  + COUNT
                  + " WHERE e.person_id IN (SELECT a.person_id FROM session_attendance a"
                  + " WHERE a.session_id = ?1)")
          .setParameter(1, news.session().id())
          .executeUpdate();
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void contentLoaded(@Observes ContentLoaded loaded) {
    recountAll();
  }

  /**
   * Writes the count wherever it differs from the facts; returns how many enrollments changed.
   * Grouped once rather than counted per enrollment: the same count as {@link #COUNT}, which {@link
   * #mismatches()} compares it with.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int recountAll() {
    return em.createNativeQuery(
            "MERGE INTO enrollment e USING (SELECT x.id, COALESCE(att.sessions, 0) AS sessions"
                + " FROM enrollment x LEFT JOIN (SELECT sa.person_id, am.course_id,"
                + " COUNT(DISTINCT sa.session_id) AS sessions FROM session_attendance sa"
                + " JOIN live_session_module lsm ON lsm.session_id = sa.session_id"
                + " JOIN course_module am ON am.module_id = lsm.module_id"
                + " WHERE sa.attended = TRUE GROUP BY sa.person_id, am.course_id) att"
                + " ON att.person_id = x.person_id AND att.course_id = x.course_id) r"
                + " ON (e.id = r.id) WHEN MATCHED AND e.live_sessions_attended <> r.sessions"
                + " THEN UPDATE SET live_sessions_attended = r.sessions")
        .executeUpdate();
  }

  @Override
  public long mismatches() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM enrollment e WHERE e.live_sessions_attended <> " + COUNT)
                .getSingleResult())
        .longValue();
  }

  private void recount(Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return;
    }
    em.flush();
    List<Long> people = new ArrayList<>(personIds);
    for (int from = 0; from < people.size(); from += PEOPLE_PER_STATEMENT) {
      List<Long> some = people.subList(from, Math.min(people.size(), from + PEOPLE_PER_STATEMENT));
      StringBuilder in = new StringBuilder();
      for (int i = 1; i <= some.size(); i++) {
        in.append(i == 1 ? "?" : ", ?").append(i);
      }
      var update =
          em.createNativeQuery(
              "UPDATE enrollment e SET live_sessions_attended = "
                  + COUNT
                  + " WHERE e.person_id IN ("
                  + in
                  + ")");
      for (int i = 0; i < some.size(); i++) {
        update.setParameter(i + 1, some.get(i));
      }
      update.executeUpdate();
    }
  }
}
