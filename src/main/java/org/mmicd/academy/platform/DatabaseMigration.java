package org.mmicd.academy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Owns the schema: Flyway applies {@code db/migration} before anything else touches a table. Other
 * start-up beans that need tables declare {@code @DependsOn("DatabaseMigration")}.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.mmicd.academy.platform.ConfiguredDataSource",
    url =
        "${ENV=MMICD_DB_URL:jdbc:h2:file:./data/mmicd;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE}",
    user = "${ENV=MMICD_DB_USER:sa}",
    password = "${ENV=MMICD_DB_PASSWORD:sa}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // Each connection is checked before the pool lends it, and one that fails empties the pool:
    // after the database restarts, no request gets a dead connection and the platform recovers by
    // itself. The check counts the database's schemas, a view both H2 and PostgreSQL have before
    // any migration ran: the custom validation class that called Connection.isValid was looked up
    // through the WAR's class loader on every loan, and under a crowd the requests queued on that
    // lock (benchmark, issue 12).
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=table",
      "fish.payara.validation-table-name=information_schema.schemata",
      "fish.payara.fail-all-connections=true"
    })
@Singleton(name = "DatabaseMigration")
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/mmicd";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private String databaseProduct;

  @PostConstruct
  void migrate() {
    databaseProduct = readDatabaseProduct();
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database "
                + databaseProduct
                + ": schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  private String readDatabaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
    }
  }

  public String databaseProduct() {
    return databaseProduct;
  }
}
