package org.mmicd.academy.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.platform.Settings;

/** Loads the demo data set at start-up when MMICD_DEMO is true, once per database. */
@Singleton(name = "DemoDataSet")
@Startup
@DependsOn({"DatabaseMigration", "ContentStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSet {

  private static final Logger LOG = Logger.getLogger(DemoDataSet.class.getName());

  @Inject Settings settings;
  @Inject AccountService accounts;
  @Inject DemoGenerator generator;
  @Inject DemoSessions liveSessions;
  @Inject DemoCertificates certificates;
  @Inject DemoCohorts cohorts;

  @PostConstruct
  void load() {
    if (!settings.demoMode()) {
      return;
    }
    if (accounts.findByEmail(DemoGenerator.DEMO_LEARNER).isPresent()) {
      LOG.info("Demo data set already present");
      cohorts.load();
      liveSessions.load();
      cohorts.complete();
      certificates.load();
      return;
    }
    long start = System.nanoTime();
    String hash = generator.createStaff();
    int learners = settings.demoLearners();
    for (int number = 0; number < learners; number++) {
      generator.createLearner(number, hash);
    }
    LOG.info(
        () ->
            "Demo data set loaded: "
                + learners
                + " learners in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
    cohorts.load();
    liveSessions.load();
    cohorts.complete();
    certificates.load();
  }
}
