package org.mmicd.academy.webinars;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.learning.Cohort;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.PlainText;

/**
 * Everything a trainer decides about a session, checked as a whole: a webinar needs a join link, a
 * workshop a venue in a country, every session at least one module and one trainer.
 */
public record SessionDetails(
    SessionKind kind,
    String title,
    String description,
    Instant startsAt,
    Duration duration,
    ZoneId timeZone,
    int capacity,
    String joinUrl,
    String venue,
    Country country,
    Cohort cohort,
    Set<String> moduleIds,
    List<Person> trainers,
    int attendanceThreshold,
    String recordingUrl) {

  public static final int MIN_MINUTES = 5;
  public static final int MAX_MINUTES = 24 * 60;
  public static final int MAX_CAPACITY = 10_000;

  public SessionDetails {
    if (kind == null) {
      throw DomainException.invalid("kind", "error.session.kind");
    }
    title = PlainText.requireLine("title", required(title, "title", 300));
    description = PlainText.requireText("description", optional(description, "description", 4000));
    if (startsAt == null) {
      throw DomainException.invalid("startsAt", "error.session.start-required");
    }
    if (duration == null
        || duration.toMinutes() < MIN_MINUTES
        || duration.toMinutes() > MAX_MINUTES
        || duration.toSecondsPart() != 0) {
      throw DomainException.invalid(
          "durationMinutes",
          "error.session.duration",
          String.valueOf(MIN_MINUTES),
          String.valueOf(MAX_MINUTES));
    }
    if (timeZone == null) {
      throw DomainException.invalid("timeZone", "error.session.zone-required");
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw DomainException.invalid(
          "capacity", "error.session.capacity", String.valueOf(MAX_CAPACITY));
    }
    joinUrl = link(joinUrl, "joinUrl");
    venue = PlainText.requireText("venue", optional(venue, "venue", 500));
    recordingUrl = link(recordingUrl, "recordingUrl");
    if (kind == SessionKind.WEBINAR && joinUrl == null) {
      throw DomainException.invalid("joinUrl", "error.session.join-link");
    }
    if (kind == SessionKind.WORKSHOP && (venue == null || country == null)) {
      throw DomainException.invalid(
          venue == null ? "venue" : "country", "error.session.venue-country");
    }
    if (moduleIds == null || moduleIds.isEmpty()) {
      throw DomainException.invalid("moduleIds", "error.session.modules");
    }
    moduleIds = Set.copyOf(new TreeSet<>(moduleIds));
    if (trainers == null || trainers.isEmpty()) {
      throw DomainException.invalid("trainerEmails", "error.session.trainers");
    }
    trainers = List.copyOf(trainers);
    if (attendanceThreshold < 1 || attendanceThreshold > 100) {
      throw DomainException.invalid("attendanceThreshold", "error.session.threshold");
    }
  }

  private static String required(String value, String field, int max) {
    String text = optional(value, field, max);
    if (text == null) {
      throw DomainException.invalid(field, "error.field.required", field);
    }
    return text;
  }

  private static String optional(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw DomainException.invalid(field, "error.field.too-long", field, String.valueOf(max));
    }
    return text;
  }

  private static String link(String value, String field) {
    String text = PlainText.requireLine(field, optional(value, field, 1000));
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw DomainException.invalid(field, "error.field.link", field);
  }
}
