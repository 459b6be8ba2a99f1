package org.mmicd.academy.webinars.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Hashes the calendar-feed secrets stored in plain text before secrets were hashed (migration V11
 * cannot: SQL has no SHA-256 that both databases share). Runs at start, in one transaction; the
 * subscriptions keep working. Finds nothing to do once every plain secret is gone.
 */
@Singleton(name = "CalendarFeedRehash")
@Startup
@DependsOn("DatabaseMigration")
public class CalendarFeedRehash {

  private static final Logger LOG = Logger.getLogger(CalendarFeedRehash.class.getName());

  @PersistenceContext EntityManager em;

  @PostConstruct
  void hashPlainSecrets() {
    List<CalendarFeed> plain =
        em.createQuery(
                "select f from CalendarFeed f where f.secret is not null", CalendarFeed.class)
            .getResultList();
    plain.forEach(CalendarFeed::hashSecret);
    if (!plain.isEmpty()) {
      LOG.info(() -> "Hashed the secrets of " + plain.size() + " calendar feeds");
    }
  }
}
