package org.mmicd.academy.learning;

/**
 * A person's pass of a module's quiz was recorded. Fired inside the transaction that graded the
 * attempt, so that features above learning (course completion) can act on the same transaction.
 */
public record QuizPassRecorded(long personId, String moduleId) {}
