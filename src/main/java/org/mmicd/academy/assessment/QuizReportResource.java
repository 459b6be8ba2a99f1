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
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Role;

/** Attempts and item analysis of a quiz, for trainers and coordinators. */
@Path("reports/quizzes/{moduleId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class QuizReportResource {

  @Inject QuizReports reports;
  @Inject CurrentUser currentUser;

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

  private QuizReports.Filter filter(String country, Long cohort) {
    return reports.filterFor(currentUser.get(), country, cohort);
  }
}
