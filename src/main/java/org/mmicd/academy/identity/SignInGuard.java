package org.mmicd.academy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Settings;

/**
 * Protects passwords against guessing: failed sign-ins are counted per account and per address (see
 * {@link SignInPolicy}); while either must wait or is locked, no password is even checked. Admins
 * see the current locks and lift them.
 */
@ApplicationScoped
public class SignInGuard {

  private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Settings settings;

  private SignInPolicy accounts;
  private SignInPolicy addresses;

  @PostConstruct
  void configure() {
    Duration base = settings.signInDelayBase();
    Duration lock = settings.signInLockDuration();
    accounts = SignInPolicy.forAccounts(settings.signInAccountLockAfter(), base, lock);
    addresses = SignInPolicy.forAddresses(settings.signInAddressLockAfter(), base, lock);
  }

  /**
   * Why a sign-in must not be tried now, if it must not: {@code error.sign-in.locked} or {@code
   * error.sign-in.wait}, with the seconds to wait as its first argument.
   */
  public Optional<Refusal> refusal(String email, String address) {
    Instant now = clock.instant();
    return Stream.of(find(SignInLock.ACCOUNT, email), find(SignInLock.ADDRESS, address))
        .flatMap(Optional::stream)
        .flatMap(
            lock ->
                lock.remaining(now).map(left -> new Refusal(lock, left, policyOf(lock))).stream())
        .max(java.util.Comparator.comparing(Refusal::remaining));
  }

  /** A wrong password (or an unknown account) for this e-mail from this address. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String email, String address) {
    Instant now = clock.instant();
    fail(SignInLock.ACCOUNT, email, now, accounts);
    fail(SignInLock.ADDRESS, address, now, addresses);
  }

  /** The right password: the account's failures are forgiven; the address's are not. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String email) {
    find(SignInLock.ACCOUNT, email).ifPresent(lock -> em.remove(em.merge(lock)));
  }

  /**
   * Accounts and addresses that are locked or must wait now, or had to within the last lock period
   * (a sign of guessing even when the wait is over), the latest first.
   */
  public List<SignInLock> current() {
    return em.createQuery(
            "select l from SignInLock l where l.blockedUntil > :since order by l.blockedUntil desc",
            SignInLock.class)
        .setParameter("since", clock.instant().minus(settings.signInLockDuration()))
        .setMaxResults(1000)
        .getResultList();
  }

  public Instant now() {
    return clock.instant();
  }

  /** An admin lifts a lock: the account or address starts again with no failures. */
  @Transactional
  public void lift(String kind, String subject, Person admin) {
    SignInLock lock =
        find(kind, subject)
            .orElseThrow(() -> DomainException.notFound("error.sign-in.no-lock", kind, subject));
    em.remove(em.merge(lock));
    LOG.info(() -> admin.email() + " lifted the sign-in lock of the " + kind + " " + subject);
  }

  /** Forgets failures nobody counts any more; returns how many were forgotten. */
  @Transactional
  public int forgetOld() {
    Instant now = clock.instant();
    Instant before =
        now.minus(Duration.ofHours(1)).minus(settings.signInLockDuration().multipliedBy(2));
    return em.createQuery(
            "delete from SignInLock l where l.lastFailureAt < :before"
                + " and (l.blockedUntil is null or l.blockedUntil < :now)")
        .setParameter("before", before)
        .setParameter("now", now)
        .executeUpdate();
  }

  public boolean locks(SignInLock lock) {
    return policyOf(lock).locks(lock.failures());
  }

  private void fail(String kind, String subject, Instant now, SignInPolicy policy) {
    String key = subjectOf(kind, subject);
    // Two failures at once must both count: the row is made if missing, then locked.
    em.createNativeQuery(
            "INSERT INTO sign_in_lock (kind, subject, failures, last_failure_at)"
                + " VALUES (?, ?, 0, ?) ON CONFLICT DO NOTHING")
        .setParameter(1, kind)
        .setParameter(2, key)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    SignInLock lock =
        em.find(SignInLock.class, new SignInLock.Key(kind, key), LockModeType.PESSIMISTIC_WRITE);
    boolean wasLocked = policy.locks(lock.failures()) && lock.remaining(now).isPresent();
    lock.failed(now, policy);
    if (policy.locks(lock.failures()) && !wasLocked) {
      LOG.warning(
          () ->
              "Sign-in locked for the "
                  + kind
                  + " "
                  + key
                  + " until "
                  + lock.blockedUntil()
                  + " after "
                  + lock.failures()
                  + " failures");
    } else {
      LOG.fine(() -> "Failed sign-in counted for the " + kind + " " + key);
    }
  }

  private Optional<SignInLock> find(String kind, String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(SignInLock.class, new SignInLock.Key(kind, subjectOf(kind, subject))));
  }

  private SignInPolicy policyOf(SignInLock lock) {
    return SignInLock.ACCOUNT.equals(lock.kind()) ? accounts : addresses;
  }

  private static String subjectOf(String kind, String subject) {
    String key = SignInLock.ACCOUNT.equals(kind) ? Person.normaliseEmail(subject) : subject;
    return key.length() > SignInLock.MAX_SUBJECT ? key.substring(0, SignInLock.MAX_SUBJECT) : key;
  }

  /** A sign-in refused before its password is checked. */
  public record Refusal(SignInLock lock, Duration remaining, SignInPolicy policy) {

    public boolean locked() {
      return policy.locks(lock.failures());
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
      return Math.max(1, (remaining.toMillis() + 999) / 1000);
    }

    public DomainException problem() {
      return locked()
          ? DomainException.tooMany(
              "error.sign-in.locked", Long.toString(Math.max(1, (retryAfterSeconds() + 59) / 60)))
          : DomainException.tooMany("error.sign-in.wait", Long.toString(retryAfterSeconds()));
    }
  }
}
