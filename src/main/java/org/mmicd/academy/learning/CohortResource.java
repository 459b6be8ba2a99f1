package org.mmicd.academy.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

/** Cohorts: coordinators create them and put learners in them; trainers see those they lead. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CohortResource {

  @Inject CohortService cohorts;
  @Inject CurrentUser currentUser;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  public record MemberRequest(
      @NotBlank(message = "the learner's e-mail is required") String email) {}

  public record PlacedView(String email, String placement) {}

  public record ImportView(List<Line> placed, List<Line> refused) {}

  /** One line of an uploaded list: what was done, or why it was refused. */
  public record Line(int line, String email, String placement, String reason) {}

  @GET
  @RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<CohortView> list(@QueryParam("course") String course) {
    Map<Long, Long> counts = cohorts.learnerCounts();
    return cohorts.cohortsFor(currentUser.get(), blankToNull(course)).stream()
        .map(c -> CohortView.of(c, counts.getOrDefault(c.id(), 0L)))
        .toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public CohortView cohort(@PathParam("id") long id) {
    Cohort cohort = cohorts.getVisible(currentUser.get(), id);
    return CohortView.of(cohort, cohorts.learnerCounts().getOrDefault(cohort.id(), 0L));
  }

  @POST
  public Response create(
      @NotNull(message = "a JSON body describing the cohort is required")
          CohortService.CohortCommand command) {
    Cohort cohort = cohorts.create(currentUser.get(), command);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("cohorts").path(cohort.id().toString()).build())
        .entity(CohortView.of(cohort, 0))
        .build();
  }

  @PUT
  @Path("{id}")
  public CohortView revise(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body describing the cohort is required")
          CohortService.CohortCommand command) {
    Cohort cohort = cohorts.revise(currentUser.get(), id, command);
    return CohortView.of(cohort, cohorts.learnerCounts().getOrDefault(cohort.id(), 0L));
  }

  /** Puts one learner in the cohort, enrolling them in its course if needed. */
  @POST
  @Path("{id}/members")
  public PlacedView place(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body with the learner's email is required") @Valid
          MemberRequest request) {
    CohortService.Placement placement = cohorts.place(currentUser.get(), id, request.email());
    return new PlacedView(Person.normaliseEmail(request.email()), apiName(placement));
  }

  /**
   * Puts every learner of a list of e-mails (text or CSV, the address in the first column) in the
   * cohort; answers with what was done and every refused line with its number and reason.
   */
  @POST
  @Path("{id}/members/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportView importMembers(@PathParam("id") long id, byte[] content) {
    String text = new String(content == null ? new byte[0] : content, StandardCharsets.UTF_8);
    CohortService.MemberImport result = cohorts.importMembers(currentUser.get(), id, text);
    Locale locale = locale();
    return new ImportView(
        result.placed().stream()
            .map(p -> new Line(p.line(), p.email(), apiName(p.placement()), null))
            .toList(),
        result.refused().stream()
            .map(
                r ->
                    new Line(
                        r.line(),
                        r.email(),
                        null,
                        DomainException.format(locale, r.key(), r.arguments().toArray())))
            .toList());
  }

  private Locale locale() {
    for (Locale wanted : headers.getAcceptableLanguages()) {
      if (List.of("en", "es", "fr", "ne").contains(wanted.getLanguage())) {
        return Locale.forLanguageTag(wanted.getLanguage());
      }
    }
    return Locale.forLanguageTag(currentUser.get().language());
  }

  static String apiName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
