package org.mmicd.academy.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers. The answer is public, so it says no more than up or down: no
 * product name or version, no error text (those go to the server log).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(2)).build();
    } catch (SQLException e) {
      LOG.warning(() -> "Readiness: the database cannot be reached: " + e.getMessage());
      return response.down().build();
    }
  }
}
