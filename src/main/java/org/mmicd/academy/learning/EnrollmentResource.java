package org.mmicd.academy.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.Settings;

/** Enrolling, reading one's progress and reporting it. */
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class EnrollmentResource {

  @Inject LearningService learning;
  @Inject CurrentUser currentUser;
  @Inject Settings settings;

  public record EnrollRequest(
      @NotBlank(message = "a courseId such as mmicd-blended is required") String courseId,
      Long cohortId) {}

  @POST
  public Response enroll(
      @NotNull(message = "a JSON body with a courseId is required") @Valid EnrollRequest request) {
    Person learner = currentUser.get();
    Enrollment enrollment =
        learning.enroll(learner, request.courseId().strip(), request.cohortId());
    return Response.created(settings.apiUri("enrollments/" + enrollment.id()))
        .entity(learning.view(enrollment, learner.language()))
        .build();
  }

  @GET
  @Path("{id}")
  public EnrollmentView enrollment(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Person actor = currentUser.get();
    return learning.view(learning.getEnrollment(actor, id), language(lang, actor));
  }

  @DELETE
  @Path("{id}")
  public EnrollmentView withdraw(@PathParam("id") long id) {
    Person actor = currentUser.get();
    return learning.view(learning.withdraw(actor, id), actor.language());
  }

  @POST
  @Path("{id}/progress")
  public ProgressResult progress(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body with eventId, lessonId, state and secondsSpent is required")
          @Valid
          ProgressReport report) {
    return learning.recordProgress(currentUser.get(), id, report);
  }

  static String language(String requested, Person person) {
    return requested == null || requested.isBlank()
        ? person.language()
        : requested.strip().toLowerCase();
  }
}
