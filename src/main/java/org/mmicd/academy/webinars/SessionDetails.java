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
import org.mmicd.academy.platform.ProblemException;

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
      throw ProblemException.badRequest("kind must be webinar or workshop");
    }
    title = required(title, "a title", 300);
    description = optional(description, 4000);
    if (startsAt == null) {
      throw ProblemException.badRequest("A start is required");
    }
    if (duration == null
        || duration.toMinutes() < MIN_MINUTES
        || duration.toMinutes() > MAX_MINUTES
        || duration.toSecondsPart() != 0) {
      throw ProblemException.badRequest(
          "The duration must be whole minutes between "
              + MIN_MINUTES
              + " and "
              + MAX_MINUTES
              + " (24 hours); split longer workshops into one session a day");
    }
    if (timeZone == null) {
      throw ProblemException.badRequest("The organiser's time zone is required");
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw ProblemException.badRequest(
          "The capacity must be between 1 and " + MAX_CAPACITY + " seats");
    }
    joinUrl = link(joinUrl, "joinUrl");
    venue = optional(venue, 500);
    recordingUrl = link(recordingUrl, "recordingUrl");
    if (kind == SessionKind.WEBINAR && joinUrl == null) {
      throw ProblemException.badRequest("A webinar needs a join link (joinUrl)");
    }
    if (kind == SessionKind.WORKSHOP && (venue == null || country == null)) {
      throw ProblemException.badRequest("A workshop needs a venue and the country it is held in");
    }
    if (moduleIds == null || moduleIds.isEmpty()) {
      throw ProblemException.badRequest("Tie the session to at least one module");
    }
    moduleIds = Set.copyOf(new TreeSet<>(moduleIds));
    if (trainers == null || trainers.isEmpty()) {
      throw ProblemException.badRequest("A session is led by at least one trainer");
    }
    trainers = List.copyOf(trainers);
    if (attendanceThreshold < 1 || attendanceThreshold > 100) {
      throw ProblemException.badRequest(
          "The attendance threshold is a percentage of the duration, between 1 and 100");
    }
  }

  private static String required(String value, String what, int max) {
    String text = optional(value, max);
    if (text == null) {
      throw ProblemException.badRequest(capitalised(what) + " is required");
    }
    return text;
  }

  private static String optional(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw ProblemException.badRequest(
          "'" + text.substring(0, 40) + "…' is longer than " + max + " characters");
    }
    return text;
  }

  private static String link(String value, String field) {
    String text = optional(value, 1000);
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
    throw ProblemException.badRequest(field + " must be an http(s) link, not '" + text + "'");
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
