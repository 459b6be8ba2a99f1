package org.mmicd.academy.certificates.completion;

import java.util.List;

/**
 * What a learner has done in a course, as the completion rule reads it: each module of the course
 * with its lessons and quiz, and the live sessions attended.
 */
public record CompletionFacts(List<ModuleFacts> modules, LiveSessionFacts liveSessions) {

  public CompletionFacts {
    modules = List.copyOf(modules);
  }

  /** One module of the course and the learner's standing in it. */
  public record ModuleFacts(
      String moduleId,
      boolean required,
      int completedLessons,
      int totalLessons,
      boolean hasQuiz,
      boolean quizPassed) {

    public ModuleFacts {
      if (completedLessons < 0 || totalLessons < 0 || completedLessons > totalLessons) {
        throw new IllegalArgumentException(
            moduleId + ": " + completedLessons + " of " + totalLessons + " lessons");
      }
    }

    /** Every lesson completed; a module without lessons asks nothing. */
    public boolean lessonsComplete() {
      return completedLessons == totalLessons;
    }
  }

  /**
   * The live sessions that count for this course, attended as the webinars feature decides (the
   * roll call wins over the meeting report, the threshold applies): those about one of its modules
   * that the learner attended, the sessions held for the learner's cohort about one of its modules
   * (0 without a cohort), and how many of those the learner attended.
   */
  public record LiveSessionFacts(int attended, int heldForCohort, int attendedOfCohort) {

    public LiveSessionFacts {
      if (attended < 0 || heldForCohort < 0 || attendedOfCohort < 0) {
        throw new IllegalArgumentException("session counts cannot be negative");
      }
      if (attendedOfCohort > heldForCohort || attendedOfCohort > attended) {
        throw new IllegalArgumentException(
            attendedOfCohort
                + " attended of the cohort's "
                + heldForCohort
                + " sessions, "
                + attended
                + " attended in all");
      }
    }

    /** A learner outside any cohort who attended this many sessions. */
    public static LiveSessionFacts attended(int attended) {
      return new LiveSessionFacts(attended, 0, 0);
    }
  }
}
