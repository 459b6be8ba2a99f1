package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mmicd.academy.platform.Settings;

/** Sign-in links: issued for a mail, looked at, used once, and purged when they no longer work. */
@ApplicationScoped
public class SignInLinks {

  /** The public page a link opens. */
  public static final String PAGE = "/signin-link.xhtml";

  /**
   * How long a used or replaced link is still known, so that its page can say what became of it.
   */
  static final Duration KEPT_AFTER_USE = Duration.ofDays(1);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Settings settings;

  /** A link just issued: its secret is in here, in the mail, and nowhere else. */
  public record Issued(SignInLink link, String secret) {}

  /**
   * A new link for the person; their older unused links of the same purpose stop working, so that
   * only the newest mail counts.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Issued issue(Person person, SignInLink.Purpose purpose) {
    Instant now = clock.instant();
    em.createQuery(
            "select l from SignInLink l where l.person.id = :person and l.purpose = :purpose"
                + " and l.usedAt is null and l.voidedAt is null",
            SignInLink.class)
        .setParameter("person", person.id())
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(older -> older.replace(now));
    // 32 random bytes: 256 bits, far beyond guessing.
    String secret = Secret.random(32);
    SignInLink link = new SignInLink(em.merge(person), purpose, Secret.hash(secret), now);
    em.persist(link);
    return new Issued(link, secret);
  }

  /** The address that opens the link's page. */
  public String address(Issued issued) {
    return settings.publicUrl() + PAGE + "?key=" + issued.secret();
  }

  /** True when a link of this purpose was issued to the person within the last {@code period}. */
  boolean issuedWithin(Person person, SignInLink.Purpose purpose, Duration period) {
    return !em.createQuery(
            "select l.id from SignInLink l where l.person.id = :person and l.purpose = :purpose"
                + " and l.createdAt > :since",
            Long.class)
        .setParameter("person", person.id())
        .setParameter("purpose", purpose)
        .setParameter("since", clock.instant().minus(period))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The link with this secret, whatever its state; empty for an unknown or malformed secret. */
  public Optional<SignInLink> find(String secret) {
    if (!plausible(secret)) {
      return Optional.empty();
    }
    return em.createQuery("select l from SignInLink l where l.secretHash = :hash", SignInLink.class)
        .setParameter("hash", Secret.hash(secret.strip()))
        .getResultStream()
        .findFirst();
  }

  /**
   * Uses the link up and returns it: empty when it does not work (unknown, used, expired, replaced)
   * or the account is closed. A welcome link also confirms the address.
   */
  @Transactional
  public Optional<SignInLink> use(String secret) {
    if (!plausible(secret)) {
      return Optional.empty();
    }
    // Locked, so that two presses of the button at once sign in only once.
    Optional<SignInLink> found =
        em.createQuery("select l from SignInLink l where l.secretHash = :hash", SignInLink.class)
            .setParameter("hash", Secret.hash(secret.strip()))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    Instant now = clock.instant();
    if (found.isEmpty() || !found.get().person().active() || !found.get().use(now)) {
      return Optional.empty();
    }
    SignInLink link = found.get();
    if (link.purpose() == SignInLink.Purpose.WELCOME) {
      link.person().confirmEmail(now);
    }
    return Optional.of(link);
  }

  /** Forgets links that no longer work; returns how many. */
  @Transactional
  public int purge() {
    Instant now = clock.instant();
    return em.createQuery(
            "delete from SignInLink l where l.expiresAt < :now or l.usedAt < :before"
                + " or l.voidedAt < :before")
        .setParameter("now", now)
        .setParameter("before", now.minus(KEPT_AFTER_USE))
        .executeUpdate();
  }

  private static boolean plausible(String secret) {
    return secret != null && !secret.isBlank() && secret.length() <= 100;
  }
}
