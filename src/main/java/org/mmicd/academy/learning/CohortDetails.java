package org.mmicd.academy.learning;

import java.time.LocalDate;
import java.util.List;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/** What a coordinator decides about a cohort, checked as a whole. */
public record CohortDetails(
    String name,
    String courseId,
    String countryCode,
    String organisation,
    LocalDate startsOn,
    LocalDate endsOn,
    List<Person> trainers) {

  public CohortDetails {
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > Cohort.MAX_NAME) {
      throw DomainException.invalid("name", "error.learning.cohortName", Cohort.MAX_NAME);
    }
    if (courseId == null || courseId.isBlank()) {
      throw DomainException.invalid("courseId", "error.learning.cohortCourse");
    }
    organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    if (organisation != null && organisation.length() > 200) {
      throw DomainException.invalid("organisation", "error.learning.cohortOrganisation", 200);
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw DomainException.invalid("endsOn", "error.learning.cohortDates", startsOn, endsOn);
    }
    trainers = trainers == null ? List.of() : List.copyOf(trainers);
  }
}
