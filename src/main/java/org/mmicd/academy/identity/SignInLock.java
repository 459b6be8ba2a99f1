package org.mmicd.academy.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed sign-ins of one account (by e-mail, whether or not such an account exists, so that a
 * lock tells nothing about which accounts exist) or one address, and until when a new try is
 * refused. Kept in the database so that every instance counts the same failures.
 */
@Entity
@Table(name = "sign_in_lock")
@IdClass(SignInLock.Key.class)
@Cacheable(false)
public class SignInLock {

  public static final String ACCOUNT = "account";
  public static final String ADDRESS = "address";

  /** Longest subject kept: no e-mail address is longer. */
  static final int MAX_SUBJECT = 254;

  @Id private String kind;

  @Id private String subject;

  private int failures;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(name = "blocked_until")
  private Instant blockedUntil;

  protected SignInLock() {}

  SignInLock(String kind, String subject) {
    this.kind = kind;
    this.subject = subject;
  }

  /** One more failure, now; failures from long ago are forgotten first. */
  void failed(Instant now, SignInPolicy policy) {
    if (lastFailureAt != null && policy.forgets(lastFailureAt, now)) {
      failures = 0;
    }
    failures++;
    lastFailureAt = now;
    blockedUntil = policy.blockedUntil(failures, now);
  }

  /** How long a try must still wait, if it must. */
  Optional<Duration> remaining(Instant now) {
    return blockedUntil != null && now.isBefore(blockedUntil)
        ? Optional.of(Duration.between(now, blockedUntil))
        : Optional.empty();
  }

  public String kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public int failures() {
    return failures;
  }

  public Instant lastFailureAt() {
    return lastFailureAt;
  }

  public Instant blockedUntil() {
    return blockedUntil;
  }

  /** The primary key: kind and subject. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private String subject;

    public Key() {}

    public Key(String kind, String subject) {
      this.kind = kind;
      this.subject = subject;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(kind, key.kind)
          && Objects.equals(subject, key.subject);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, subject);
    }
  }
}
