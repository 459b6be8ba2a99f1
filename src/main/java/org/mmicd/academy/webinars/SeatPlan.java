package org.mmicd.academy.webinars;

import java.util.Comparator;
import java.util.List;

/**
 * The seats of one session: who has one, who waits and in which order. First come, first served:
 * the waiting list is promoted in the order people joined it.
 */
public final class SeatPlan {

  private static final Comparator<SessionRegistration> QUEUE_ORDER =
      Comparator.comparing(SessionRegistration::registeredAt)
          .thenComparing(r -> r.id() == null ? Long.MAX_VALUE : r.id());

  private final int capacity;
  private final List<SessionRegistration> registrations;

  public SeatPlan(int capacity, List<SessionRegistration> registrations) {
    this.capacity = capacity;
    this.registrations = List.copyOf(registrations);
  }

  public long taken() {
    return registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
  }

  public long free() {
    return Math.max(0, capacity - taken());
  }

  /** A newcomer gets a seat while one is free and nobody is queueing for it. */
  public RegistrationStatus admit() {
    return free() > 0 && waiting().isEmpty()
        ? RegistrationStatus.REGISTERED
        : RegistrationStatus.WAITING;
  }

  public List<SessionRegistration> waiting() {
    return registrations.stream()
        .filter(r -> r.status() == RegistrationStatus.WAITING)
        .sorted(QUEUE_ORDER)
        .toList();
  }

  /** Those at the head of the queue who fit into the free seats. */
  public List<SessionRegistration> toPromote() {
    return waiting().stream().limit(free()).toList();
  }

  /** 1 for the first in the queue; 0 for someone not waiting. */
  public int positionOf(SessionRegistration registration) {
    List<SessionRegistration> queue = waiting();
    for (int i = 0; i < queue.size(); i++) {
      if (queue.get(i) == registration
          || (registration.id() != null && registration.id().equals(queue.get(i).id()))) {
        return i + 1;
      }
    }
    return 0;
  }
}
