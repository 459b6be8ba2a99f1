package org.mmicd.academy.reporting;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mmicd.academy.catalog.Sector;
import org.mmicd.academy.platform.DomainException;

/**
 * Which enrollments a figure counts: learners of a country, a course, the courses of a sector, a
 * cohort, an organisation (the cohort's), enrolled between two days (UTC, both included). A null
 * filter lets everything through; {@code none} for cohort, sector and organisation asks for the
 * enrollments without one.
 */
public record ReportFilters(
    String country,
    String course,
    String sector,
    String cohort,
    String organisation,
    LocalDate from,
    LocalDate to)
    implements Serializable {

  public static final String NONE = "none";
  public static final ReportFilters ALL =
      new ReportFilters(null, null, null, null, null, null, null);

  /** Reads and checks the filters from request parameters; a bad one is a 400 naming it. */
  public static ReportFilters parse(Function<String, String> parameter) {
    String country = text(parameter.apply("country"));
    if (country != null) {
      country = country.toUpperCase(Locale.ROOT);
      if (!country.matches("[A-Z]{2}")) {
        throw DomainException.invalid("country", "error.reporting.country", country);
      }
    }
    String course = text(parameter.apply("course"));
    if (course != null && course.length() > 80) {
      throw DomainException.invalid("course", "error.reporting.course");
    }
    String sector = text(parameter.apply("sector"));
    if (sector != null) {
      sector = sector.toLowerCase(Locale.ROOT);
      if (!sector.equals(NONE) && Sector.fromKey(sector).isEmpty()) {
        throw DomainException.invalid("sector", "error.reporting.sector", sector);
      }
    }
    String cohort = text(parameter.apply("cohort"));
    if (cohort != null && !cohort.equalsIgnoreCase(NONE) && !cohort.matches("\\d{1,18}")) {
      throw DomainException.invalid("cohort", "error.reporting.cohort", cohort);
    }
    String organisation = text(parameter.apply("organisation"));
    if (organisation != null && organisation.length() > 200) {
      throw DomainException.invalid("organisation", "error.reporting.organisation");
    }
    LocalDate from = date("from", parameter.apply("from"));
    LocalDate to = date("to", parameter.apply("to"));
    if (from != null && to != null && to.isBefore(from)) {
      throw DomainException.invalid("to", "error.reporting.period", from, to);
    }
    return new ReportFilters(
        country,
        course,
        sector,
        cohort == null ? null : cohort.toLowerCase(Locale.ROOT),
        organisation,
        from,
        to);
  }

  /** The cohort asked for by id; null when none or "without cohort" is asked for. */
  public Long cohortId() {
    return cohort == null || cohort.equals(NONE) ? null : Long.valueOf(cohort);
  }

  /** The same filters for one country: how a drill-down narrows a figure. */
  public ReportFilters withCountry(String code) {
    return new ReportFilters(code, course, sector, cohort, organisation, from, to);
  }

  /** The filters as the files and the JSON repeat them, only those set. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    put(map, "country", country);
    put(map, "course", course);
    put(map, "sector", sector);
    put(map, "cohort", cohort);
    put(map, "organisation", organisation);
    put(map, "from", from == null ? null : from.toString());
    put(map, "to", to == null ? null : to.toString());
    return map;
  }

  /** The query string that asks for these filters again, for links from the pages. */
  public String query() {
    StringBuilder query = new StringBuilder();
    asMap()
        .forEach(
            (name, value) ->
                query
                    .append(query.length() == 0 ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(
                        java.net.URLEncoder.encode(
                            value, java.nio.charset.StandardCharsets.UTF_8)));
    return query.toString();
  }

  OffsetDateTime fromInstant() {
    return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  OffsetDateTime toExclusive() {
    return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static void put(Map<String, String> map, String name, String value) {
    if (value != null) {
      map.put(name, value);
    }
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate date(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw DomainException.invalid(field, "error.reporting.date", field, text);
    }
  }
}
