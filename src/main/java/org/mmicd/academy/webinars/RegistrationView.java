package org.mmicd.academy.webinars;

import java.io.Serializable;
import java.time.Instant;

/** A registration as the API shows it. */
public record RegistrationView(
    long sessionId,
    long personId,
    String email,
    String displayName,
    String status,
    Integer waitingPosition,
    Instant registeredAt,
    Instant promotedAt,
    Instant cancelledAt)
    implements Serializable {

  static RegistrationView of(SessionRegistration registration, int waitingPosition) {
    return new RegistrationView(
        registration.session().id(),
        registration.person().id(),
        registration.person().email(),
        registration.person().displayName(),
        registration.status().key(),
        waitingPosition > 0 ? waitingPosition : null,
        registration.registeredAt(),
        registration.promotedAt(),
        registration.cancelledAt());
  }
}
