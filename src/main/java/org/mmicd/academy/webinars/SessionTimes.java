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
import org.mmicd.academy.platform.ProblemException;

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
      throw ProblemException.badRequest("A time zone is required, such as Europe/Brussels");
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw ProblemException.badRequest(
          "Unknown time zone '" + id + "': use an IANA name such as Asia/Kathmandu");
    }
  }

  /**
   * Reads {@code 2025-03-31T10:00} (a wall-clock time in {@code zone}) or {@code
   * 2025-10-26T02:30+01:00} (with the offset, needed only when the clocks go back and the time
   * happens twice).
   */
  public static Instant resolve(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      throw ProblemException.badRequest(
          "A start is required, as a local date and time such as 2025-03-31T10:00");
    }
    TemporalAccessor parsed;
    try {
      parsed = INPUT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "The start '"
              + text
              + "' is not a date and time: write it as 2025-03-31T10:00 in the session's time"
              + " zone");
    }
    if (parsed instanceof OffsetDateTime withOffset) {
      LocalDateTime local = withOffset.toLocalDateTime();
      if (!zone.getRules().isValidOffset(local, withOffset.getOffset())) {
        throw ProblemException.badRequest(
            "At "
                + local
                + " "
                + zone.getId()
                + " is not at "
                + offset(withOffset.getOffset())
                + ": leave the offset out or give "
                + zone.getRules().getValidOffsets(local).stream()
                    .map(SessionTimes::offset)
                    .toList());
      }
      return withOffset.toInstant();
    }
    return resolve((LocalDateTime) parsed, zone);
  }

  /** A wall-clock time that exists exactly once in the zone. */
  public static Instant resolve(LocalDateTime local, ZoneId zone) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.atOffset(offsets.get(0)).toInstant();
    }
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (offsets.isEmpty()) {
      throw ProblemException.badRequest(
          local.toLocalTime()
              + " on "
              + local.toLocalDate()
              + " does not exist in "
              + zone.getId()
              + ": the clocks jump from "
              + HOUR.format(transition.getDateTimeBefore())
              + " to "
              + HOUR.format(transition.getDateTimeAfter())
              + " ("
              + offset(transition.getOffsetBefore())
              + " to "
              + offset(transition.getOffsetAfter())
              + "). Choose another time.");
    }
    throw ProblemException.badRequest(
        local.toLocalTime()
            + " on "
            + local.toLocalDate()
            + " happens twice in "
            + zone.getId()
            + " (first at "
            + offset(transition.getOffsetBefore())
            + ", then at "
            + offset(transition.getOffsetAfter())
            + "): give the offset, e.g. "
            + local.atOffset(transition.getOffsetAfter()));
  }

  /**
   * A wall-clock time from a record of something that happened (a meeting tool's report): a time in
   * a skipped hour moves forward, a repeated hour takes its first occurrence.
   */
  static Instant resolveLenient(LocalDateTime local, ZoneId zone) {
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
