package org.mmicd.academy.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal access token for the API. Only the SHA-256 of the secret is kept, so a stolen database
 * copy gives no usable token; the secret is shown once, when it is made.
 */
@Entity
@Table(name = "access_token")
@Cacheable(false)
public class AccessToken {

  @Id
  @SequenceGenerator(
      name = "access_token_seq",
      sequenceName = "access_token_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person owner;

  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "token_prefix")
  private String tokenPrefix;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected AccessToken() {}

  AccessToken(
      Person owner,
      String name,
      String tokenHash,
      String tokenPrefix,
      Instant createdAt,
      Instant expiresAt) {
    this.owner = owner;
    this.name = name;
    this.tokenHash = tokenHash;
    this.tokenPrefix = tokenPrefix;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public Long id() {
    return id;
  }

  public Person owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public String tokenPrefix() {
    return tokenPrefix;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  /** When the token stops working; null only for tokens made before tokens expired. */
  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** A token works until it is revoked or expires. */
  public boolean usable(Instant now) {
    return !revoked() && !expired(now);
  }

  void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = when;
    }
  }

  void markUsed(Instant when) {
    lastUsedAt = when;
  }
}
