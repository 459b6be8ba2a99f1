package org.mmicd.academy.webinars.calendar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mmicd.academy.identity.Secret;

/**
 * A person's calendar subscription: a secret URL calendar apps fetch without signing in. Only the
 * SHA-256 of the secret is kept, as for access tokens, so a copy of the database opens nobody's
 * calendar; the URL is shown once, when it is made. Feeds made before secrets were hashed keep
 * their plain secret until {@link CalendarFeedRehash} hashes it at the next start.
 */
@Entity
@Table(name = "calendar_feed")
@Cacheable(false)
public class CalendarFeed {

  @Id
  @Column(name = "person_id")
  private Long personId;

  /** The plain secret of a feed made before secrets were hashed; null once hashed. */
  private String secret;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_fetched_at")
  private Instant lastFetchedAt;

  protected CalendarFeed() {}

  CalendarFeed(long personId) {
    this.personId = personId;
  }

  /** A new secret, returned once: the old URL stops working. */
  String renew(Instant now) {
    String fresh = Secret.random(24);
    this.secret = null;
    this.secretHash = Secret.hash(fresh);
    this.createdAt = now;
    this.lastFetchedAt = null;
    return fresh;
  }

  /** Replaces a plain secret by its hash; the URL keeps working. */
  void hashSecret() {
    if (secret != null) {
      secretHash = Secret.hash(secret);
      secret = null;
    }
  }

  void fetched(Instant now) {
    this.lastFetchedAt = now;
  }

  public long personId() {
    return personId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastFetchedAt() {
    return lastFetchedAt;
  }
}
