package org.mmicd.academy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.mmicd.academy.platform.Settings;

/**
 * Creates the first admin from MMICD_ADMIN_EMAIL and MMICD_ADMIN_PASSWORD when no account with that
 * e-mail exists. An existing account is left as it is: the configuration is a bootstrap, not a
 * reset.
 */
@Singleton(name = "FirstAdministrator")
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject Settings settings;
  @Inject AccountService accounts;

  @PostConstruct
  void create() {
    if (settings.adminEmail().isEmpty() || settings.adminPassword().isEmpty()) {
      LOG.info("No first admin configured (MMICD_ADMIN_EMAIL, MMICD_ADMIN_PASSWORD)");
      return;
    }
    String email = settings.adminEmail().get();
    if (accounts.findByEmail(email).isPresent()) {
      return;
    }
    accounts.create(
        new Registration(
            email, "Administrator", settings.adminPassword().get(), null, null, "en", "UTC"),
        EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.TRAINER, Role.LEARNER));
    LOG.info(() -> "Created the first admin account " + email);
  }
}
