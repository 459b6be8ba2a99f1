package org.mmicd.academy.certificates.completion;

/**
 * How many live sessions a course asks for: a count of sessions attended, or in addition a share of
 * the sessions held for the learner's cohort.
 */
public sealed interface LiveSessionRequirement {

  /** The sessions that count as done towards this requirement. */
  int done(CompletionFacts.LiveSessionFacts facts);

  /** How many sessions count as needed, given the learner's facts. */
  int needed(CompletionFacts.LiveSessionFacts facts);

  static LiveSessionRequirement of(int count, int sharePercent) {
    return sharePercent == 0
        ? new AttendedCount(count)
        : new ShareOfCohortSessions(count, sharePercent);
  }

  /** At least this many attended sessions (0 asks for none). */
  record AttendedCount(int count) implements LiveSessionRequirement {

    public AttendedCount {
      if (count < 0) {
        throw new IllegalArgumentException("a course cannot ask for " + count + " live sessions");
      }
    }

    @Override
    public int done(CompletionFacts.LiveSessionFacts facts) {
      return facts.attended();
    }

    @Override
    public int needed(CompletionFacts.LiveSessionFacts facts) {
      return count;
    }
  }

  /**
   * For a learner whose cohort has held sessions about the course: at least {@code percent} % of
   * those sessions (rounded up). A learner without a cohort, or whose cohort has held none yet,
   * needs {@code count} sessions attended, as with {@link AttendedCount}.
   */
  record ShareOfCohortSessions(int count, int percent) implements LiveSessionRequirement {

    public ShareOfCohortSessions {
      if (count < 0) {
        throw new IllegalArgumentException("a course cannot ask for " + count + " live sessions");
      }
      if (percent < 1 || percent > 100) {
        throw new IllegalArgumentException("a share of " + percent + " % of the sessions");
      }
    }

    @Override
    public int done(CompletionFacts.LiveSessionFacts facts) {
      return facts.heldForCohort() == 0 ? facts.attended() : facts.attendedOfCohort();
    }

    @Override
    public int needed(CompletionFacts.LiveSessionFacts facts) {
      if (facts.heldForCohort() == 0) {
        return count;
      }
      return (facts.heldForCohort() * percent + 99) / 100;
    }
  }
}
