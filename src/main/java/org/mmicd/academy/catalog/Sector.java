package org.mmicd.academy.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The nine development sectors that have an MMICD Toolkit. */
public enum Sector {
  EDUCATION("education"),
  EMPLOYMENT("employment"),
  ENVIRONMENT_CLIMATE("environment-climate"),
  GOVERNANCE("governance"),
  HEALTH("health"),
  PRIVATE_SECTOR_TRADE("private-sector-trade"),
  RURAL_DEVELOPMENT("rural-development"),
  SECURITY("security"),
  URBAN_DEVELOPMENT("urban-development");

  private final String key;

  Sector(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Sector> fromKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
