package org.mmicd.academy.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * A live session of the national data set: a cohort's workshop or webinar, or a webinar open to a
 * country (or to everyone) for the learners outside cohorts. Its row is written once the learners
 * have registered, with a capacity that seats them all.
 */
final class SessionPlan {

  final long id;
  final String moduleId;
  final NationalCountry country;
  final Long cohortId;
  final Instant startsAt;
  final boolean workshop;
  final String title;
  final String venue;
  final long trainerId;
  private int registered;

  SessionPlan(
      long id,
      String moduleId,
      NationalCountry country,
      Long cohortId,
      Instant startsAt,
      boolean workshop,
      String title,
      String venue,
      long trainerId) {
    this.id = id;
    this.moduleId = moduleId;
    this.country = country;
    this.cohortId = cohortId;
    this.startsAt = startsAt;
    this.workshop = workshop;
    this.title = title;
    this.venue = venue;
    this.trainerId = trainerId;
  }

  int minutes() {
    return workshop ? 6 * 60 : 90;
  }

  Instant endsAt() {
    return startsAt.plus(Duration.ofMinutes(minutes()));
  }

  boolean heldBefore(Instant now) {
    return endsAt().isBefore(now);
  }

  void register() {
    registered++;
  }

  /** Everyone registered has a seat: the data set has no waiting lists. */
  int capacity() {
    return Math.max(30, registered);
  }

  void write(Rows rows, Instant now) {
    Instant created = startsAt.minus(Duration.ofDays(45));
    rows.add(
        Table.LIVE_SESSION,
        id,
        "national-" + id + "@mmicd-academy",
        workshop ? "WORKSHOP" : "WEBINAR",
        title,
        startsAt,
        minutes(),
        country == null ? "Europe/Brussels" : country.zone().getId(),
        capacity(),
        workshop ? null : "https://meet.example.org/mmicd-" + id,
        workshop ? venue : null,
        country == null ? null : country.code(),
        cohortId,
        heldBefore(now) ? "HELD" : "SCHEDULED",
        0,
        75,
        trainerId,
        created,
        created,
        1);
    rows.add(Table.LIVE_SESSION_MODULE, id, moduleId);
    rows.add(Table.LIVE_SESSION_TRAINER, id, trainerId);
  }
}
