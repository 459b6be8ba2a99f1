package org.mmicd.academy.assessment;

import org.mmicd.academy.platform.ProblemException;

/**
 * A change to an attempt that is already closed: a 409 that carries the attempt's stored result.
 */
public class ClosedAttemptException extends ProblemException {

  private final transient Attempt attempt;

  public ClosedAttemptException(Attempt attempt, String detail) {
    super(409, "Attempt closed", detail);
    this.attempt = attempt;
  }

  public Attempt attempt() {
    return attempt;
  }
}
