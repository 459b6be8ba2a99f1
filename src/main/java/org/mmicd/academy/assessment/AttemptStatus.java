package org.mmicd.academy.assessment;

public enum AttemptStatus {
  IN_PROGRESS,
  SUBMITTED,
  /** The deadline passed: graded with what was saved. */
  TIMED_OUT
}
