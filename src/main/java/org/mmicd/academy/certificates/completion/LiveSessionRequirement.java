package org.mmicd.academy.certificates.completion;

/**
 * How many live sessions a course asks for. Today a count; a course that asks for a share of the
 * sessions held for the learner's cohort adds a second kind here once cohorts exist, reading the
 * cohort's count from {@link CompletionFacts.LiveSessionFacts}.
 */
public sealed interface LiveSessionRequirement {

  /** How many sessions count as needed, given what the learner attended. */
  int needed(CompletionFacts.LiveSessionFacts facts);

  /** At least this many attended sessions (0 asks for none). */
  record AttendedCount(int count) implements LiveSessionRequirement {

    public AttendedCount {
      if (count < 0) {
        throw new IllegalArgumentException("a course cannot ask for " + count + " live sessions");
      }
    }

    @Override
    public int needed(CompletionFacts.LiveSessionFacts facts) {
      return count;
    }
  }
}
