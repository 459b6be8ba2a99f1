package org.mmicd.academy.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Where a module comes from in the MMICD Package of Resources (plus the pilot-country tracks). */
public enum ResourcePart {
  GUIDELINES("guidelines"),
  TOOLKIT("toolkit"),
  TRAINING("training"),
  COUNTRY("country");

  private final String key;

  ResourcePart(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<ResourcePart> fromKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }
}
