package org.mmicd.academy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

/** One attempt: its questions, autosaving answers, submitting it and reading its result. */
@Path("attempts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class AttemptResource {

  static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  @Inject QuizService quizzes;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  public record SubmitRequest(
      @NotNull(message = "a submissionId (a UUID made by the client for this submit) is required")
          @Pattern(regexp = UUID, message = "must be a UUID")
          String submissionId) {}

  public record Saved(int position, int answeredCount, Long secondsLeft) {}

  @GET
  public QuizViews.AttemptView attempt(@PathParam("id") long id) {
    Attempt attempt = quizzes.getOwnAttempt(currentUser.get(), id);
    return QuizViews.attempt(attempt, clock.instant());
  }

  @PUT
  @Path("answers/{position}")
  public Response save(
      @PathParam("id") long id,
      @PathParam("position") int position,
      @NotNull(message = "a JSON answer is required, e.g. {\"choices\":[2]}") Answer answer) {
    Person person = currentUser.get();
    try {
      Attempt attempt = quizzes.save(person, id, position, answer);
      return Response.ok(
              new Saved(
                  position,
                  (int) attempt.items().stream().filter(AttemptItem::answered).count(),
                  attempt
                      .timeLeft(clock.instant())
                      .map(java.time.Duration::getSeconds)
                      .orElse(null)))
          .build();
    } catch (ClosedAttemptException closed) {
      return closed(closed, person);
    }
  }

  @POST
  @Path("submit")
  public Response submit(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body with a submissionId is required") @Valid
          SubmitRequest request) {
    Person person = currentUser.get();
    try {
      Attempt attempt = quizzes.submit(person, id, request.submissionId().toLowerCase());
      return Response.ok(quizzes.result(person, attempt)).build();
    } catch (ClosedAttemptException closed) {
      return closed(closed, person);
    }
  }

  @GET
  @Path("result")
  public QuizViews.ResultView result(@PathParam("id") long id) {
    Person person = currentUser.get();
    Attempt attempt = quizzes.getOwnAttempt(person, id);
    quizzes.attemptsOf(person, attempt.moduleId());
    attempt = quizzes.getOwnAttempt(person, id);
    if (attempt.open()) {
      throw DomainException.conflict("error.attempt.still-open", String.valueOf(id));
    }
    return quizzes.result(person, attempt);
  }

  /** The refusal, carrying the stored result so that a stale page can show it. */
  private Response closed(ClosedAttemptException closed, Person person) {
    Attempt attempt = closed.attempt();
    throw closed.withResult(quizzes.result(person, attempt));
  }
}
