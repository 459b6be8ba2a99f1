package org.mmicd.academy.webinars;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mmicd.academy.identity.Person;

/**
 * A person's seat in a session, or their place on its waiting list. One row per person and session:
 * registering again after cancelling reuses it and joins the end of the queue.
 */
@Entity
@Table(name = "session_registration")
@Cacheable(false)
public class SessionRegistration {

  @Id
  @SequenceGenerator(
      name = "session_registration_seq",
      sequenceName = "session_registration_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_registration_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private LiveSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  private RegistrationStatus status;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "promoted_at")
  private Instant promotedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  protected SessionRegistration() {}

  public SessionRegistration(
      LiveSession session, Person person, RegistrationStatus status, Instant registeredAt) {
    this.session = session;
    this.person = person;
    this.status = status;
    this.registeredAt = registeredAt;
  }

  /** Registering again after cancelling: a new place, at the end of the queue if it is full. */
  void renew(RegistrationStatus status, Instant when) {
    this.status = status;
    this.registeredAt = when;
    this.promotedAt = null;
    this.cancelledAt = null;
  }

  void promote(Instant when) {
    if (status == RegistrationStatus.WAITING) {
      status = RegistrationStatus.REGISTERED;
      promotedAt = when;
    }
  }

  void cancel(Instant when) {
    if (status.active()) {
      status = RegistrationStatus.CANCELLED;
      cancelledAt = when;
    }
  }

  public Long id() {
    return id;
  }

  public LiveSession session() {
    return session;
  }

  public Person person() {
    return person;
  }

  public RegistrationStatus status() {
    return status;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant promotedAt() {
    return promotedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }
}
