package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cohorts and coordinators of the demo data set, so that every pilot country's dashboard tells a
 * story at first start: the global coordinator and Nepal's, a country-track cohort and a core
 * course cohort in Ecuador, Madagascar and Nepal holding the generated learners, and (after the
 * live sessions) a held workshop per cohort; those far along attended it and passed their quizzes,
 * and those who had finished every lesson and attended have completed their course. Loaded once per
 * database; a failure is logged and leaves the rest of the demo running.
 */
@ApplicationScoped
public class DemoCohorts {

  private static final Logger LOG = Logger.getLogger(DemoCohorts.class.getName());

  @Inject DemoCohortData data;

  /** Coordinators, cohorts and who is in them; before the live sessions, which name a cohort. */
  public void load() {
    try {
      data.loadOnce();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo cohorts not loaded", e);
    }
  }

  /** The cohorts' workshops and the completions; after the live sessions. */
  public void complete() {
    try {
      data.completeOnce();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo completions not loaded", e);
    }
  }
}
