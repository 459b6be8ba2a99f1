package org.mmicd.academy.assessment;

import org.mmicd.academy.platform.DomainException;

/** A change to an attempt that is already closed: a conflict that carries the closed attempt. */
public class ClosedAttemptException extends DomainException {

  private final transient Attempt attempt;

  public ClosedAttemptException(Attempt attempt, String key) {
    super(Kind.CONFLICT, key, null, null);
    this.attempt = attempt;
  }

  public Attempt attempt() {
    return attempt;
  }
}
