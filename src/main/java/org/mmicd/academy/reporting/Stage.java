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
  STARTED("started", "f.started = 1"),
  /** The course progress the learner sees is at least 50 %. */
  HALF_DONE("halfDone", "f.started * f.half_done = 1"),
  /** Every quiz of the course's required modules passed (when the course asks for quizzes). */
  QUIZZES_PASSED("quizzesPassed", "f.started * f.half_done * f.quizzes_passed = 1"),
  /** Attended a live session on a module of the course (as many as the course asks for). */
  ATTENDED("attended", "f.started * f.half_done * f.quizzes_passed * f.attended = 1"),
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
