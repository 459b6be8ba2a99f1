package org.mmicd.academy.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Loads the course content once the schema is in place. */
@Singleton(name = "ContentStartup")
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentStartup {

  @Inject CatalogService catalog;

  @PostConstruct
  void load() {
    catalog.reload();
  }
}
