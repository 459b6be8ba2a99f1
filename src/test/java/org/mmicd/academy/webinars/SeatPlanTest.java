package org.mmicd.academy.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.identity.Person;

class SeatPlanTest {

  static final Instant START = Instant.parse("2025-05-01T09:00:00Z");
  final LiveSession session = Fixtures.session(START, 60, 2);

  SessionRegistration reg(String name, RegistrationStatus status, int minute) {
    Person person =
        Fixtures.person(
            name, name.toLowerCase() + "@example.org", Fixtures.NEPAL, "Asia/Kathmandu");
    return Fixtures.registration(
        session, person, status, START.minusSeconds(86_400).plusSeconds(minute * 60L));
  }

  @Test
  void seatsAreGivenUntilFullThenTheQueueStarts() {
    assertEquals(RegistrationStatus.REGISTERED, new SeatPlan(2, List.of()).admit());
    SessionRegistration a = reg("A", RegistrationStatus.REGISTERED, 1);
    assertEquals(RegistrationStatus.REGISTERED, new SeatPlan(2, List.of(a)).admit());
    SessionRegistration b = reg("B", RegistrationStatus.REGISTERED, 2);
    assertEquals(RegistrationStatus.WAITING, new SeatPlan(2, List.of(a, b)).admit());
  }

  @Test
  void aFreedSeatGoesToTheFirstInTheQueueNotToANewcomer() {
    SessionRegistration a = reg("A", RegistrationStatus.CANCELLED, 1);
    SessionRegistration b = reg("B", RegistrationStatus.REGISTERED, 2);
    SessionRegistration late = reg("Late", RegistrationStatus.WAITING, 9);
    SessionRegistration early = reg("Early", RegistrationStatus.WAITING, 5);
    SeatPlan plan = new SeatPlan(2, List.of(a, b, late, early));

    assertEquals(RegistrationStatus.WAITING, plan.admit(), "nobody jumps the queue");
    assertEquals(List.of(early), plan.toPromote());
    assertEquals(1, plan.positionOf(early));
    assertEquals(2, plan.positionOf(late));
    assertEquals(0, plan.positionOf(b));
  }

  @Test
  void moreSeatsPromoteAsManyAsFit() {
    SessionRegistration b = reg("B", RegistrationStatus.REGISTERED, 2);
    SessionRegistration w1 = reg("W1", RegistrationStatus.WAITING, 3);
    SessionRegistration w2 = reg("W2", RegistrationStatus.WAITING, 4);
    SessionRegistration w3 = reg("W3", RegistrationStatus.WAITING, 5);

    assertEquals(List.of(w1, w2), new SeatPlan(3, List.of(b, w1, w2, w3)).toPromote());
    assertEquals(2, new SeatPlan(3, List.of(b, w1, w2, w3)).free());
  }
}
