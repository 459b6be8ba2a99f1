package org.mmicd.academy.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.catalog.Sector;

/**
 * What enrollments can be grouped by. Each reads columns of the enrollment query ({@code e}
 * enrollment, with the learner's country kept on it; {@code pc} that country, {@code c} course,
 * {@code co} cohort, {@code sec} the sectors of the course) and writes named fields of a group.
 */
public enum Dimension {
  /** The learner's country. */
  COUNTRY("country", List.of("e.country_code", "pc.name"), List.of("country", "countryName")),
  COURSE("course", List.of("e.course_id", "c.title"), List.of("course", "courseTitle")),
  /**
   * The sector of the toolkit modules the course requires (a country track requires its country's
   * sectors in focus); the core course requires none and is cross-sector (null). An enrollment
   * counts under each sector of its course.
   */
  SECTOR("sector", List.of("sec.sector"), List.of("sector")),
  COHORT("cohort", List.of("e.cohort_id", "co.name"), List.of("cohort", "cohortName")),
  /** The organisation the learner's cohort was run for. */
  ORGANISATION("organisation", List.of("co.organisation"), List.of("organisation")),
  /** The month or quarter of enrolment, in UTC. */
  PERIOD("period", List.of(), List.of("period"));

  private final String key;
  private final List<String> columns;
  private final List<String> fields;

  Dimension(String key, List<String> columns, List<String> fields) {
    this.key = key;
    this.columns = columns;
    this.fields = fields;
  }

  public String key() {
    return key;
  }

  public static Optional<Dimension> fromKey(String key) {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    for (Dimension dimension : values()) {
      if (dimension.key.equals(wanted)) {
        return Optional.of(dimension);
      }
    }
    return Optional.empty();
  }

  /** The SQL expressions this dimension selects and groups by. */
  List<String> columns(PeriodUnit unit) {
    return this == PERIOD ? unit.columns("e.enrolled_at") : columns;
  }

  /** The names of the fields of a group this dimension fills, in order. */
  List<String> fields() {
    return fields;
  }

  /** Reads this dimension's columns from a row, from {@code at} on, into a group's fields. */
  int read(Object[] row, int at, PeriodUnit unit, Map<String, Object> group) {
    switch (this) {
      case PERIOD -> {
        group.put("period", unit.label(row[at], row[at + 1]));
        return 2;
      }
      case SECTOR -> {
        group.put("sector", row[at] == null ? null : Sector.valueOf((String) row[at]).key());
        return 1;
      }
      case COHORT -> {
        group.put("cohort", row[at] == null ? null : ((Number) row[at]).longValue());
        group.put("cohortName", row[at + 1]);
        return 2;
      }
      default -> {
        for (int i = 0; i < columns.size(); i++) {
          group.put(fields.get(i), row[at + i]);
        }
        return columns.size();
      }
    }
  }
}
