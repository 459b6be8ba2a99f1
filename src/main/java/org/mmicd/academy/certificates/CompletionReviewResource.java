package org.mmicd.academy.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Role;

/** Admins re-evaluate a course's completions: GET is the dry run, POST applies it. */
@Path("admin/courses/{courseId}/completion-review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class CompletionReviewResource {

  @Inject CompletionReview review;
  @Inject CurrentUser currentUser;

  public record ApplyRequest(String reason) {}

  @GET
  public List<CompletionReview.Line> dryRun(@PathParam("courseId") String courseId) {
    return review.dryRun(currentUser.get(), courseId);
  }

  @POST
  public List<CompletionReview.Line> apply(
      @PathParam("courseId") String courseId, ApplyRequest request) {
    return review.apply(currentUser.get(), courseId, request == null ? null : request.reason());
  }
}
