package org.mmicd.academy.webinars.calendar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A person's calendar subscription: a secret URL calendar apps fetch without signing in. The secret
 * is kept as it is, unlike access tokens, because it only reads sessions that the same database
 * holds anyway; a person who shared it by mistake makes a new one.
 */
@Entity
@Table(name = "calendar_feed")
@Cacheable(false)
public class CalendarFeed {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "person_id")
  private Long personId;

  private String secret;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_fetched_at")
  private Instant lastFetchedAt;

  protected CalendarFeed() {}

  CalendarFeed(long personId, Instant now) {
    this.personId = personId;
    renew(now);
  }

  /** A new secret: the old URL stops working. */
  void renew(Instant now) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    this.createdAt = now;
    this.lastFetchedAt = null;
  }

  void fetched(Instant now) {
    this.lastFetchedAt = now;
  }

  public long personId() {
    return personId;
  }

  public String secret() {
    return secret;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastFetchedAt() {
    return lastFetchedAt;
  }
}
