package org.mmicd.academy.webinars;

import java.time.ZoneId;
import java.util.List;

/** The IANA zones people choose from: regions with a city, without the legacy aliases. */
public final class ZoneIds {

  public static final List<String> ALL =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  private ZoneIds() {}
}
