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
   * The live sessions that count for this course: held, about one of its modules, and attended as
   * the webinars feature decides (the roll call wins over the meeting report, the threshold
   * applies). When cohorts exist, the number of sessions held for the learner's cohort joins this
   * record, for a requirement that asks for a share of them.
   */
  public record LiveSessionFacts(int attended) {

    public LiveSessionFacts {
      if (attended < 0) {
        throw new IllegalArgumentException("attended sessions cannot be negative");
      }
    }
  }
}
