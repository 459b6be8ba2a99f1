package org.mmicd.academy.learning;

/**
 * A learner's progress report was recorded (not a replay). Fired inside the transaction that
 * recorded it, so that features above learning (course completion) can act on the same transaction.
 * {@code countedLessonsDone}: every lesson the course percent counts is completed (true as well for
 * a course that counts none).
 */
public record ProgressRecorded(long enrollmentId, boolean countedLessonsDone) {}
