package org.mmicd.academy.assessment;

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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/** A quiz for learners: its rules and their history, and starting an attempt. */
@Path("quizzes/{moduleId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class QuizResource {

  @Inject QuizService quizzes;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  public record StartRequest(String language) {}

  @GET
  public QuizViews.QuizSummary quiz(@PathParam("moduleId") String moduleId) {
    Person person = currentUser.get();
    Quiz quiz = quizzes.getQuiz(moduleId);
    return QuizViews.summary(
        quiz,
        person.language(),
        quizzes.pool(moduleId).size(),
        quizzes.attemptsOf(person, moduleId),
        quizzes.hasPassed(person, moduleId));
  }

  @POST
  @Path("attempts")
  public Response start(@PathParam("moduleId") String moduleId, StartRequest request) {
    Person person = currentUser.get();
    String language =
        request == null || request.language() == null ? person.language() : request.language();
    Attempt attempt = quizzes.start(person, moduleId, language);
    return Response.status(Response.Status.CREATED)
        .entity(QuizViews.attempt(attempt, clock.instant()))
        .build();
  }

  @GET
  @Path("my-attempts")
  public List<QuizViews.AttemptSummary> myAttempts(@PathParam("moduleId") String moduleId) {
    return quizzes.attemptsOf(currentUser.get(), moduleId).stream()
        .map(QuizViews::summary)
        .toList();
  }
}
