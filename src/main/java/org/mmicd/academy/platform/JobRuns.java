package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Scheduled jobs that must run once per due time, however many instances share the database. Each
 * instance's timer asks to {@link #claim} the run first; the claim is a row with a unique key, so
 * it holds on the database alone, with or without the data grid.
 */
@ApplicationScoped
public class JobRuns {

  private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

  /** How long finished runs are remembered: long enough to see, short enough to stay small. */
  static final Duration KEPT = Duration.ofHours(1);

  private final String instance = "instance-" + UUID.randomUUID();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * True when this instance won the run of {@code job} due in the time slot of {@code period} that
   * now falls in; every other instance asking for the same slot gets false.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, Duration period) {
    Instant now = clock.instant();
    Instant dueAt = dueAt(now, period);
    boolean won =
        em.createNativeQuery(
                    "INSERT INTO job_run (job, due_at, instance, started_at) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, job)
                .setParameter(2, OffsetDateTime.ofInstant(dueAt, ZoneOffset.UTC))
                .setParameter(3, instance)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate()
            == 1;
    if (won) {
      em.createNativeQuery("DELETE FROM job_run WHERE job = ?1 AND due_at < ?2")
          .setParameter(1, job)
          .setParameter(2, OffsetDateTime.ofInstant(dueAt.minus(KEPT), ZoneOffset.UTC))
          .executeUpdate();
    } else {
      LOG.fine(() -> job + " due at " + dueAt + " runs on another instance");
    }
    return won;
  }

  /**
   * The due time a timer firing at {@code now} stands for: the start of the period's slot it falls
   * in, so that instances whose timers fire late (a busy machine) agree on it; a second's head
   * start still counts as the coming slot.
   */
  static Instant dueAt(Instant now, Duration period) {
    long step = period.toMillis();
    long early = Math.min(1_000, step / 10);
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli() + early, step) * step);
  }
}
