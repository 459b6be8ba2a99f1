package org.mmicd.academy.certificates.credential;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Loads (or at the very first start, generates) the credential signing key before any request. */
@Singleton(name = "SigningKeyStartup")
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SigningKeyStartup {

  @Inject SigningKeys keys;

  @PostConstruct
  void load() {
    keys.ensure();
  }
}
