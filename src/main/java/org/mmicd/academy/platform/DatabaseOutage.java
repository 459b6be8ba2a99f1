package org.mmicd.academy.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that means "the database cannot be reached now" from a real error, so that the
 * API answers 503 with Retry-After (the client may try again) instead of 500.
 */
public final class DatabaseOutage {

  /** Seconds a client is asked to wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseOutage() {}

  public static boolean causes(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
        return true;
      }
      if (t.getClass().getName().startsWith("jakarta.resource.")) {
        // The connection pool could not hand out a connection.
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * SQL states of class 08 (connection exception), and PostgreSQL's 57P01–57P03 (the server is
   * shutting down, crashed or not yet accepting connections).
   */
  static boolean connectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
