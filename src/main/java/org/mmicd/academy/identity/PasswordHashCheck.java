package org.mmicd.academy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.mmicd.academy.platform.Settings;

/**
 * Refuses to start with password hashes weaker than 100,000 PBKDF2 iterations
 * (MMICD_PASSWORD_ITERATIONS): a lower setting would make every new password cheap to guess from a
 * stolen database, and a typo (21000 for 210000) must fail the deployment, not pass unnoticed.
 */
@Singleton(name = "PasswordHashCheck")
@Startup
public class PasswordHashCheck {

  public static final int MIN_ITERATIONS = 100_000;

  private static final Logger LOG = Logger.getLogger(PasswordHashCheck.class.getName());

  @Inject Settings settings;

  @PostConstruct
  void check() {
    requireStrong(settings.passwordHashIterations());
  }

  static void requireStrong(int iterations) {
    if (iterations < MIN_ITERATIONS) {
      String refusal =
          "MMICD_PASSWORD_ITERATIONS is "
              + iterations
              + ", below the least the platform accepts ("
              + MIN_ITERATIONS
              + "): refusing to start. Set it to 210000 (the default) or more.";
      LOG.severe(refusal);
      throw new IllegalStateException(refusal);
    }
  }
}
