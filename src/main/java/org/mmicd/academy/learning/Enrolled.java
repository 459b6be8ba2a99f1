package org.mmicd.academy.learning;

/**
 * A person was enrolled in a course (not re-enrolled: a withdrawn enrollment that comes back keeps
 * what was kept on it). Fired inside the enrolling transaction, so that features above learning can
 * start what they keep on the new enrollment from the learner's history.
 */
public record Enrolled(long enrollmentId, long personId) {}
