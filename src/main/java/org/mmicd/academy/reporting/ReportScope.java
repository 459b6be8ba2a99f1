package org.mmicd.academy.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

/**
 * Whose learning a viewer may see in the reports: everyone's (admins, coordinators of every
 * country), the learners of some countries (coordinators of those countries), the learners of the
 * cohorts they lead (trainers), or both of the last two. It becomes part of the WHERE clause of
 * every report statement, so a figure never counts a learner the viewer may not see.
 */
public record ReportScope(boolean everyone, Set<String> countries, Long leaderId) {

  public ReportScope {
    countries = Set.copyOf(new TreeSet<>(countries));
  }

  public static ReportScope everything() {
    return new ReportScope(true, Set.of(), null);
  }

  /**
   * The scope of a person, from the rows of the scope statement: the coordinator's countries ("*"
   * for every country). Learners without a staff role never reach this far (403 at the door).
   */
  static ReportScope of(Person viewer, List<String> coordinatorCountries) {
    if (viewer.hasRole(Role.ADMIN)) {
      return everything();
    }
    boolean coordinator = viewer.hasRole(Role.COORDINATOR);
    if (coordinator && coordinatorCountries.contains("*")) {
      return everything();
    }
    Set<String> countries = coordinator ? new TreeSet<>(coordinatorCountries) : Set.of();
    Long leader = viewer.hasRole(Role.TRAINER) ? viewer.id() : null;
    if (countries.isEmpty() && leader == null) {
      throw DomainException.forbidden("error.reporting.noScope");
    }
    return new ReportScope(false, countries, leader);
  }

  /**
   * Refuses filters that ask for what the viewer may not see: another country (unless they lead
   * cohorts, whose learners may come from anywhere), or a cohort of another country that they do
   * not lead.
   */
  void check(ReportFilters filters, Optional<CohortFacts> cohort) {
    if (everyone) {
      return;
    }
    if (filters.country() != null && !countries.contains(filters.country()) && leaderId == null) {
      throw DomainException.forbidden("error.reporting.countryOutOfScope", filters.country());
    }
    cohort.ifPresent(
        c -> {
          boolean inCountries = c.country() == null || countries.contains(c.country());
          if (!inCountries && !c.ledByViewer()) {
            throw DomainException.forbidden("error.reporting.cohortOutOfScope", c.id());
          }
        });
  }

  /** The condition on enrollment {@code e} of learner {@code p}, starting with AND. */
  void appendTo(Sql sql) {
    if (everyone) {
      return;
    }
    List<String> parts = new ArrayList<>();
    sql.append(" AND (");
    if (!countries.isEmpty()) {
      sql.append("e.country_code IN ").values(countries);
      parts.add("countries");
    }
    if (leaderId != null) {
      sql.append(parts.isEmpty() ? "" : " OR ")
          .append(
              "e.cohort_id IN (SELECT ct.cohort_id FROM cohort_trainer ct WHERE ct.person_id = ")
          .value(leaderId)
          .append(")");
    }
    sql.append(")");
  }

  /** What the scope statement tells about the cohort a filter asks for. */
  record CohortFacts(long id, String country, boolean ledByViewer) {}
}
