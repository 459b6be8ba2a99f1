package org.mmicd.academy.assessment;

/**
 * Where a learner stands in a quiz when a result is shown: whether they have passed it (in any
 * attempt) and whether they may still start another attempt.
 */
public record QuizStanding(boolean passed, boolean attemptLeft) {}
