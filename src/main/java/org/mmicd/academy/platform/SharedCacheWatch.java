package org.mmicd.academy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In cluster mode, looks every two seconds whether another instance changed shared data (see {@link
 * SharedCaches}). A single instance changes its caches itself and starts no timer.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SharedCacheWatch {

  private static final Logger LOG = Logger.getLogger(SharedCacheWatch.class.getName());
  static final long EVERY_MS = 2_000;

  @Resource TimerService timers;
  @Inject SharedCaches caches;
  @Inject Settings settings;

  @PostConstruct
  void start() {
    if (settings.clusterMembers().isPresent()) {
      caches.refresh();
      timers.createIntervalTimer(EVERY_MS, EVERY_MS, new TimerConfig(null, false));
    }
  }

  @Timeout
  void look() {
    try {
      caches.refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not compare the shared cache versions; trying again", e);
    }
  }
}
