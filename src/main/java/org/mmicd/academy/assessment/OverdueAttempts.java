package org.mmicd.academy.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.mmicd.academy.platform.JobRuns;

/**
 * Closes attempts whose time ran out even when their learner never comes back, so that results and
 * reports do not wait for a page view. Once a minute on one instance of a cluster (and closing
 * locks the attempt row besides).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueAttempts {

  private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

  @Inject QuizService quizzes;
  @Inject JobRuns jobRuns;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void closeOverdue() {
    if (!jobRuns.claim("overdue-attempts", Duration.ofMinutes(1))) {
      return;
    }
    int closed = quizzes.closeOverdueAttempts();
    if (closed > 0) {
      LOG.info(() -> "Closed " + closed + " quiz attempts whose time ran out");
    }
  }
}
