package org.mmicd.academy.learning;

import java.time.LocalDate;
import java.util.List;

/** A cohort as the API shows it. */
public record CohortView(
    long id,
    String name,
    String courseId,
    String country,
    String organisation,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> trainers,
    long learners) {

  public static CohortView of(Cohort cohort, long learners) {
    return new CohortView(
        cohort.id(),
        cohort.name(),
        cohort.courseId(),
        cohort.countryCode(),
        cohort.organisation(),
        cohort.startsOn(),
        cohort.endsOn(),
        cohort.trainers().stream().map(t -> t.displayName()).toList(),
        learners);
  }
}
