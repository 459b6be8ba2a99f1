package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * What instances keep in memory from the shared database, kept true on all of them: a change counts
 * up its cache's version in the changing transaction ({@link #changed}), and each instance that
 * {@link #refresh}es and finds a new number drops EclipseLink's shared cache, so that its next read
 * goes to the database. Versions live in the database, so this needs no data grid and cannot miss a
 * change made while an instance was starting.
 */
@ApplicationScoped
public class SharedCaches {

  private static final Logger LOG = Logger.getLogger(SharedCaches.class.getName());

  /** The catalogue: courses, modules and lessons, which content loads change. */
  public static final String CATALOG = "catalog";

  private final Map<String, Long> seen = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;

  /** Tells every instance that what {@code cache} holds changed, when the caller commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(String cache) {
    em.createNativeQuery("UPDATE cache_version SET version = version + 1 WHERE cache = ?1")
        .setParameter(1, cache)
        .executeUpdate();
  }

  /** Drops this instance's shared cache if any version moved since the last look. */
  public boolean refresh() {
    @SuppressWarnings("unchecked")
    List<Object[]> versions =
        em.createNativeQuery("SELECT cache, version FROM cache_version").getResultList();
    boolean moved = false;
    for (Object[] row : versions) {
      long version = ((Number) row[1]).longValue();
      Long previous = seen.put((String) row[0], version);
      moved |= previous != null && previous != version;
    }
    if (moved) {
      em.getEntityManagerFactory().getCache().evictAll();
      LOG.info("Shared data changed (a content reload): the entity cache was dropped");
    }
    return moved;
  }
}
