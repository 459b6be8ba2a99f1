package org.mmicd.academy.webinars;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.platform.DateRange;
import org.mmicd.academy.platform.DomainException;

/**
 * A session starts at an instant. Trainers give it as a wall-clock time in the organiser's zone;
 * every viewer reads it in their own zone with the organiser's beside it. Wall-clock times that a
 * daylight-saving change skips or repeats are refused rather than guessed.
 */
public final class SessionTimes {

  private static final DateTimeFormatter INPUT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private SessionTimes() {}

  public static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      throw DomainException.invalid("timeZone", "error.session.zone-required");
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw DomainException.invalid("timeZone", "error.time-zone.unknown", id);
    }
  }

  /**
   * Reads {@code 2025-03-31T10:00} (a wall-clock time in {@code zone}) or {@code
   * 2025-10-26T02:30+01:00} (with the offset, needed only when the clocks go back and the time
   * happens twice).
   */
  public static Instant resolve(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      throw DomainException.invalid("startsAt", "error.session.start-required");
    }
    TemporalAccessor parsed;
    try {
      parsed = INPUT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("startsAt", "error.session.start-format", text);
    }
    if (parsed instanceof OffsetDateTime withOffset) {
      LocalDateTime local = DateRange.require("startsAt", withOffset.toLocalDateTime());
      if (!zone.getRules().isValidOffset(local, withOffset.getOffset())) {
        throw DomainException.invalid(
            "startsAt",
            "error.session.wrong-offset",
            local.toString(),
            zone.getId(),
            offset(withOffset.getOffset()),
            zone.getRules().getValidOffsets(local).stream()
                .map(SessionTimes::offset)
                .collect(java.util.stream.Collectors.joining(", ")));
      }
      return withOffset.toInstant();
    }
    return resolve(DateRange.require("startsAt", (LocalDateTime) parsed), zone);
  }

  /** A wall-clock time that exists exactly once in the zone. */
  public static Instant resolve(LocalDateTime local, ZoneId zone) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.atOffset(offsets.get(0)).toInstant();
    }
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (offsets.isEmpty()) {
      throw DomainException.invalid(
          "startsAt",
          "error.session.time-skipped",
          local.toLocalTime().toString(),
          local.toLocalDate().toString(),
          zone.getId(),
          HOUR.format(transition.getDateTimeBefore()),
          HOUR.format(transition.getDateTimeAfter()),
          offset(transition.getOffsetBefore()),
          offset(transition.getOffsetAfter()));
    }
    throw DomainException.invalid(
        "startsAt",
        "error.session.time-twice",
        local.toLocalTime().toString(),
        local.toLocalDate().toString(),
        zone.getId(),
        offset(transition.getOffsetBefore()),
        offset(transition.getOffsetAfter()),
        local.atOffset(transition.getOffsetAfter()).toString());
  }

  /**
   * A wall-clock time from a record of something that happened (a meeting tool's report): a time in
   * a skipped hour moves forward, a repeated hour takes its first occurrence.
   */
  public static Instant resolveLenient(LocalDateTime local, ZoneId zone) {
    return local.atZone(zone).toInstant();
  }

  /** The wall-clock time in the zone, as a trainer typed it. */
  public static LocalDateTime local(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDateTime();
  }

  /**
   * When a session runs, in one zone: {@code Monday, March 31, 2025, 13:45 – 15:15
   * (Asia/Kathmandu)}.
   */
  public static String span(Instant start, Duration duration, ZoneId zone, Locale locale) {
    ZonedDateTime from = start.atZone(zone);
    ZonedDateTime to = start.plus(duration).atZone(zone);
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    String end =
        from.toLocalDate().equals(to.toLocalDate())
            ? time.format(to)
            : date.format(to) + ", " + time.format(to);
    return date.format(from) + ", " + time.format(from) + " – " + end + " (" + zone.getId() + ")";
  }

  /** A moment in one zone: {@code Mar 31, 2025, 13:45 (Asia/Kathmandu)}. */
  public static String moment(Instant instant, ZoneId zone, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .format(instant.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  /**
   * The organiser's wall-clock start, to show beside the viewer's: {@code 10:00 Europe/Brussels
   * (UTC+02:00)}, with the date when it is another day there than for the viewer.
   */
  public static String organiserTime(
      Instant start, ZoneId organiser, ZoneId viewer, Locale locale) {
    ZonedDateTime there = start.atZone(organiser);
    String time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(there);
    if (!there.toLocalDate().equals(start.atZone(viewer).toLocalDate())) {
      time =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(there)
              + ", "
              + time;
    }
    return time + " " + organiser.getId() + " (" + offset(there.getOffset()) + ")";
  }

  /** {@code UTC+05:45}, {@code UTC-05:00}, {@code UTC}. */
  public static String offset(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }
}
