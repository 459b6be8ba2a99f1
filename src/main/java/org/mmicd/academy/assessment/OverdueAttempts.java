package org.mmicd.academy.assessment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Closes attempts whose time ran out even when their learner never comes back, so that results and
 * reports do not wait for a page view. Safe on several instances: closing locks the attempt row.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueAttempts {

  private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

  @Inject QuizService quizzes;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void closeOverdue() {
    int closed = quizzes.closeOverdueAttempts();
    if (closed > 0) {
      LOG.info(() -> "Closed " + closed + " quiz attempts whose time ran out");
    }
  }
}
