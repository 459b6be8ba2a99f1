package org.mmicd.academy.identity;

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
import java.time.Duration;
import java.time.Instant;

/**
 * A link mailed to a person that signs them in once, without their password: a welcome after
 * registration, or a way back in when the password is forgotten. Only the SHA-256 of its secret is
 * kept (see {@link Secret}).
 */
@Entity
@Table(name = "sign_in_link")
@Cacheable(false)
public class SignInLink {

  /** Why the link was sent; it decides how long the link works. */
  public enum Purpose {
    /** After registration: confirms the address and starts learning. */
    WELCOME(Duration.ofDays(7)),
    /** For a forgotten password: the person sets a new one. */
    SIGN_IN(Duration.ofHours(1));

    private final Duration validity;

    Purpose(Duration validity) {
      this.validity = validity;
    }

    public Duration validity() {
      return validity;
    }
  }

  /** What a link can do now. */
  public enum State {
    USABLE,
    USED,
    EXPIRED,
    /** A newer link of the same purpose was sent: only the newest works. */
    REPLACED
  }

  @Id
  @SequenceGenerator(
      name = "sign_in_link_seq",
      sequenceName = "sign_in_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_link_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "voided_at")
  private Instant voidedAt;

  protected SignInLink() {}

  SignInLink(Person person, Purpose purpose, String secretHash, Instant now) {
    this.person = person;
    this.purpose = purpose;
    this.secretHash = secretHash;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.validity());
  }

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public Purpose purpose() {
    return purpose;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public State state(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    if (voidedAt != null) {
      return State.REPLACED;
    }
    return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
  }

  /** Uses the link up; false (and nothing changes) when it was not usable. */
  boolean use(Instant now) {
    if (state(now) != State.USABLE) {
      return false;
    }
    usedAt = now;
    return true;
  }

  /** A newer link of the same purpose was sent: this one no longer works, unless already used. */
  void replace(Instant now) {
    if (usedAt == null && voidedAt == null) {
      voidedAt = now;
    }
  }
}
