package org.mmicd.academy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import org.mmicd.academy.identity.CoordinatorScope;
import org.mmicd.academy.identity.CoordinatorScopes;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

/** Attempts and item analysis of a quiz, for trainers and coordinators. */
@Path("reports/quizzes/{moduleId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class QuizReportResource {

  @Inject QuizReports reports;
  @Inject CurrentUser currentUser;
  @Inject CoordinatorScopes scopes;

  @GET
  @Path("attempts")
  public QuizReports.AttemptPage attempts(
      @PathParam("moduleId") String moduleId,
      @QueryParam("country")
          @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as NP")
          String country,
      @QueryParam("cohort") Long cohort,
      @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "cannot be negative")
          int page,
      @QueryParam("size")
          @DefaultValue("50")
          @Min(value = 1, message = "must be at least 1")
          @Max(value = 500, message = "cannot exceed 500")
          int size) {
    return reports.attempts(moduleId, filter(country, cohort), page, size);
  }

  @GET
  @Path("analysis")
  public QuizReports.Analysis analysis(
      @PathParam("moduleId") String moduleId,
      @QueryParam("country")
          @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as NP")
          String country,
      @QueryParam("cohort") Long cohort) {
    return reports.analysis(moduleId, filter(country, cohort));
  }

  /**
   * Coordinators who are neither trainers nor admins see the learners of their own countries only;
   * asking for another country is refused.
   */
  private QuizReports.Filter filter(String country, Long cohort) {
    Person viewer = currentUser.get();
    if (viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.TRAINER)) {
      return new QuizReports.Filter(country, cohort, null);
    }
    Optional<CoordinatorScope> scope = scopes.findScope(viewer);
    if (scope.map(CoordinatorScope::allCountries).orElse(false)) {
      return new QuizReports.Filter(country, cohort, null);
    }
    Set<String> visible = scope.map(CoordinatorScope::countries).orElse(Set.of());
    if (country != null && !visible.contains(country)) {
      throw DomainException.forbidden("error.reporting.countryOutOfScope", country);
    }
    return new QuizReports.Filter(country, cohort, visible);
  }
}
