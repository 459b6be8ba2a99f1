package org.mmicd.academy.reporting;

import java.util.Locale;
import java.util.Optional;

/**
 * The steps from enrolment to completion, each counting the enrollments that reached it and every
 * step before it (so the funnel only narrows), and two states beside it.
 */
public enum Stage {
  /** Every enrollment, withdrawn ones included. */
  ENROLLED("enrolled", "1 = 1"),
  /** Some progress on a lesson of the course (it sets the last activity). */
  STARTED("started", "f.last_activity_at IS NOT NULL"),
  /** The course progress the learner sees is at least 50 %. */
  HALF_DONE("halfDone", STARTED.condition + " AND f.progress_percent >= 50"),
  /** Every quiz of the course's required modules passed (when the course asks for quizzes). */
  QUIZZES_PASSED(
      "quizzesPassed", HALF_DONE.condition + " AND f.required_quizzes_passed >= f.quizzes_needed"),
  /** Attended a live session on a module of the course (as many as the course asks for). */
  ATTENDED(
      "attended", QUIZZES_PASSED.condition + " AND f.live_sessions_attended >= f.sessions_needed"),
  /** The course is completed. */
  COMPLETED("completed", "f.status = 'COMPLETED'"),
  /** Active, not completed, and nothing done for the chosen number of days. */
  DROPPED_OUT("droppedOut", "f.dropped_out = 1"),
  WITHDRAWN("withdrawn", "f.status = 'WITHDRAWN'");

  private final String key;
  private final String condition;

  Stage(String key, String condition) {
    this.key = key;
    this.condition = condition;
  }

  public String key() {
    return key;
  }

  /** The condition on the facts of an enrollment ({@code f}) that puts it at this stage. */
  String condition() {
    return condition;
  }

  public boolean inFunnel() {
    return ordinal() <= COMPLETED.ordinal();
  }

  public static Optional<Stage> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    for (Stage stage : values()) {
      if (stage.key.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }
}
