package org.mmicd.academy.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Months or quarters, counted in UTC: the periods figures are grouped and charted by. */
public enum PeriodUnit {
  MONTH("month"),
  QUARTER("quarter");

  private final String key;

  PeriodUnit(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<PeriodUnit> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    for (PeriodUnit unit : values()) {
      if (unit.key.equals(wanted)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /** The year and the month (or quarter) of an instant column, in UTC. */
  List<String> columns(String instant) {
    String utc = instant + " AT TIME ZONE 'UTC'";
    return List.of(
        "EXTRACT(YEAR FROM " + utc + ")",
        "EXTRACT(" + (this == MONTH ? "MONTH" : "QUARTER") + " FROM " + utc + ")");
  }

  /** "2026-03" for a month, "2026-Q1" for a quarter. */
  String label(Object year, Object part) {
    int y = ((Number) year).intValue();
    int p = ((Number) part).intValue();
    return this == MONTH
        ? String.format(Locale.ROOT, "%04d-%02d", y, p)
        : String.format(Locale.ROOT, "%04d-Q%d", y, p);
  }
}
