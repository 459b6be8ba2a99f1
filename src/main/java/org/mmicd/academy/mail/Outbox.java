package org.mmicd.academy.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.platform.DomainException;

/**
 * The transactional outbox: mail is written with the change it reports and leaves only after that
 * change commits. Several instances may dispatch: each mail is claimed under a row lock first.
 */
@ApplicationScoped
public class Outbox {

  /** A claim older than this is taken to belong to an instance that died while sending. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<MailQueued> queued;

  /** Writes the mail unless one with the same key exists; true when written. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(MailDraft draft) {
    if (holds(draft.dedupeKey())) {
      return false;
    }
    em.persist(new OutboxMail(draft, clock.instant()));
    queued.fire(new MailQueued(draft.dedupeKey()));
    return true;
  }

  /**
   * True when a mail with this key was written (sent or not), so that a draft with the key would
   * change nothing: a feature can skip preparing what the mail would carry.
   */
  public boolean holds(String dedupeKey) {
    return !em.createQuery("select m.id from OutboxMail m where m.dedupeKey = :key", Long.class)
        .setParameter("key", dedupeKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Drops mail of these kinds about this topic that has not left yet, for one recipient or (null)
   * for everyone: a reminder of an event that moved, say.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int dropPending(String topic, Collection<String> kinds, String recipient) {
    List<OutboxMail> pending =
        em.createQuery(
                "select m from OutboxMail m where m.topic = :topic and m.status = :pending"
                    + " and m.kind in :kinds",
                OutboxMail.class)
            .setParameter("topic", topic)
            .setParameter("pending", MailStatus.PENDING)
            .setParameter("kinds", kinds)
            .getResultList();
    int dropped = 0;
    for (OutboxMail mail : pending) {
      if (recipient == null || mail.recipient().equals(recipient)) {
        em.remove(mail);
        dropped++;
      }
    }
    em.flush();
    return dropped;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> due(int limit) {
    return em.createQuery(
            "select m.id from OutboxMail m where m.status = :pending and m.dueAt <= :now"
                + " order by m.dueAt, m.id",
            Long.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Takes a pending mail for this instance to send; empty when another instance took it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<OutboxMail> claim(long id, String instance) {
    OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || mail.status() != MailStatus.PENDING) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (mail.expiresAt() != null && !now.isBefore(mail.expiresAt())) {
      mail.expire();
      return Optional.empty();
    }
    mail.claim(instance, now);
    mail.attachments().size(); // loaded now: the mail is sent detached from this transaction
    em.flush();
    em.detach(mail);
    return Optional.of(mail);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id) {
    find(id).ifPresent(m -> m.sent(clock.instant()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, String error) {
    find(id).ifPresent(m -> m.failed(error, clock.instant()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void keep(long id, String reason) {
    find(id).ifPresent(m -> m.keep(reason));
  }

  /** Hands mail claimed by an instance that stopped while sending back to the queue. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int releaseStaleClaims() {
    List<OutboxMail> stale =
        em.createQuery(
                "select m from OutboxMail m where m.status = :sending and m.claimedAt < :before",
                OutboxMail.class)
            .setParameter("sending", MailStatus.SENDING)
            .setParameter("before", clock.instant().minus(STALE_CLAIM))
            .getResultList();
    stale.forEach(
        m -> m.failed("claimed by an instance that did not finish sending", clock.instant()));
    return stale.size();
  }

  public List<OutboxMail> list(MailStatus status, int offset, int limit) {
    String where = status == null ? "" : " where m.status = :status";
    var query =
        em.createQuery(
            "select m from OutboxMail m" + where + " order by m.createdAt desc, m.id desc",
            OutboxMail.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public List<OutboxMail> about(String topic) {
    return em.createQuery(
            "select m from OutboxMail m where m.topic = :topic order by m.dueAt, m.id",
            OutboxMail.class)
        .setParameter("topic", topic)
        .getResultList();
  }

  /** How many mails each status holds, in one statement (statuses without mail are absent). */
  public Map<MailStatus, Long> countsByStatus() {
    Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
    em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((MailStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  /**
   * How many mails have this status; all of them when the status is null. The outbox table's own
   * total, read with each of its pages, so that paging never runs past mails sent meanwhile.
   */
  public long count(MailStatus status) {
    if (status == null) {
      return em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
    }
    return em.createQuery("select count(m) from OutboxMail m where m.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  public OutboxMail get(long id) {
    return find(id)
        .orElseThrow(() -> DomainException.notFound("error.mail.not-found", String.valueOf(id)));
  }

  /** An admin asks for a failed or kept mail to be tried again now. */
  @Transactional
  public OutboxMail retry(long id) {
    OutboxMail mail = get(id);
    if (mail.status() != MailStatus.FAILED && mail.status() != MailStatus.KEPT) {
      throw DomainException.conflict(
          "error.mail.not-retriable", String.valueOf(id), mail.status().key());
    }
    mail.retry(clock.instant());
    queued.fire(new MailQueued(mail.dedupeKey()));
    return mail;
  }

  public Optional<OutboxMail> find(long id) {
    return Optional.ofNullable(em.find(OutboxMail.class, id));
  }
}
