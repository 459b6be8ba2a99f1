package org.mmicd.academy.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The dates the platform accepts: years 1900 to 2200. Java reads dates a billion years away and the
 * databases do not (a year +999999999 came back as −169108099; one beyond failed the query), and
 * nothing a learner or trainer does happens outside these years.
 */
public final class DateRange {

  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  private static final Instant FROM = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant UNTIL = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private DateRange() {}

  public static boolean contains(Instant instant) {
    return !instant.isBefore(FROM) && instant.isBefore(UNTIL);
  }

  /** The instant, when it lies in the range; otherwise a 400 naming the field. */
  public static Instant require(String field, Instant instant) {
    if (instant != null && !contains(instant)) {
      throw refusal(field);
    }
    return instant;
  }

  /** A wall-clock time, checked before a zone turns it into an instant (which may overflow). */
  public static LocalDateTime require(String field, LocalDateTime local) {
    if (local != null
        && (local.toLocalDate().isBefore(FIRST) || local.toLocalDate().isAfter(LAST))) {
      throw refusal(field);
    }
    return local;
  }

  public static LocalDate require(String field, LocalDate date) {
    if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
      throw refusal(field);
    }
    return date;
  }

  private static DomainException refusal(String field) {
    return DomainException.invalid(
        field,
        "error.date.range",
        field,
        Integer.toString(FIRST.getYear()),
        Integer.toString(LAST.getYear()));
  }
}
