package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.PlainText;

/**
 * Personal access tokens: made and revoked by their owner or an admin, checked by a hash lookup.
 */
@ApplicationScoped
public class AccessTokenService {

  public static final String PREFIX = "mmicd_";

  /** How long a token works when its maker does not say. */
  public static final int DEFAULT_DAYS = 90;

  /** The longest a token may work: a forgotten token should not work for ever. */
  public static final int MAX_DAYS = 365;

  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A token just made: the secret is in here and nowhere else. */
  public record IssuedToken(AccessToken token, String secret) {}

  /**
   * A new token that works for {@code days} days (1 to {@value #MAX_DAYS}; null means {@value
   * #DEFAULT_DAYS}).
   */
  @Transactional
  public IssuedToken issue(Person owner, String name, Integer days) {
    int validity = days == null ? DEFAULT_DAYS : days;
    if (validity < 1 || validity > MAX_DAYS) {
      throw DomainException.invalid(
          "expiresInDays", "error.token.validity", String.valueOf(MAX_DAYS));
    }
    if (name == null || name.isBlank()) {
      throw DomainException.invalid("name", "error.token.name");
    }
    PlainText.requireLine("name", name);
    String secret = PREFIX + Secret.random(32);
    Instant now = clock.instant();
    AccessToken token =
        new AccessToken(
            em.merge(owner),
            name.strip(),
            Secret.hash(secret),
            secret.substring(0, 12),
            now,
            now.plus(Duration.ofDays(validity)));
    em.persist(token);
    return new IssuedToken(token, secret);
  }

  public List<AccessToken> tokensOf(Person owner) {
    return em.createQuery(
            "select t from AccessToken t where t.owner.id = :owner order by t.createdAt desc",
            AccessToken.class)
        .setParameter("owner", owner.id())
        .getResultList();
  }

  @Transactional
  public AccessToken revoke(long tokenId, Person actor) {
    AccessToken token = em.find(AccessToken.class, tokenId);
    if (token == null) {
      throw DomainException.notFound("error.token.not-found", String.valueOf(tokenId));
    }
    if (!token.owner().id().equals(actor.id()) && !actor.hasRole(Role.ADMIN)) {
      throw DomainException.forbidden("error.token.not-yours");
    }
    token.revoke(clock.instant());
    return token;
  }

  /**
   * The owner of a valid token. Costs one indexed lookup, and a write at most every few minutes.
   */
  @Transactional
  public Optional<Person> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Optional<AccessToken> token =
        em.createQuery(
                "select t from AccessToken t join fetch t.owner o left join fetch o.roles"
                    + " where t.tokenHash = :hash",
                AccessToken.class)
            .setParameter("hash", Secret.hash(secret))
            .getResultStream()
            .findFirst()
            .filter(t -> t.usable(clock.instant()) && t.owner().active());
    token.ifPresent(this::recordUse);
    return token.map(AccessToken::owner);
  }

  private void recordUse(AccessToken token) {
    Instant now = clock.instant();
    if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
      token.markUsed(now);
    }
  }
}
