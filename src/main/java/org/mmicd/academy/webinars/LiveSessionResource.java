package org.mmicd.academy.webinars;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DateRange;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Paging;
import org.mmicd.academy.platform.Settings;

/** Live sessions and their registrations (attendance and calendar files are their own). */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class LiveSessionResource {

  private static final int MAX_LIMIT = 1000;

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject SessionViews views;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject Settings settings;

  public record Cancellation(@Size(max = 1000) String reason) {}

  /**
   * Staff see every session starting in [from, to) (default: the last 30 days and the next year);
   * learners see the sessions for their courses that have not ended.
   */
  @GET
  public List<SessionView> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("tz") String tz,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("200") int limit) {
    Person viewer = currentUser.get();
    Instant now = clock.instant();
    Paging paging = Paging.of(offset, limit, MAX_LIMIT);
    // Staff lists can hold every session of a programme: paged by the database. A learner's own
    // list (their courses, their country) is short.
    List<LiveSession> page =
        viewer.isStaff()
            ? sessions.between(
                instant("from", from, now.minus(Duration.ofDays(30))),
                instant("to", to, now.plus(Duration.ofDays(366))),
                paging.offset(),
                paging.limit())
            : sessions.forLearner(viewer, now).stream()
                .skip(paging.offset())
                .limit(paging.limit())
                .toList();
    return views.of(page, viewer, zone(tz, viewer));
  }

  @POST
  @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
  public Response schedule(
      @NotNull(message = "a JSON body describing the session is required") @Valid
          SessionCommand command) {
    Person actor = currentUser.get();
    LiveSession session = sessions.schedule(actor, command);
    return Response.created(settings.apiUri("sessions/" + session.id()))
        .entity(views.of(session, actor, actor.timeZone()))
        .build();
  }

  @GET
  @Path("{id}")
  public SessionView session(@PathParam("id") long id, @QueryParam("tz") String tz) {
    Person viewer = currentUser.get();
    return views.of(sessions.getVisible(viewer, id), viewer, zone(tz, viewer));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
  public SessionView revise(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body describing the session is required") @Valid
          SessionCommand command) {
    Person actor = currentUser.get();
    return views.of(sessions.revise(actor, id, command), actor, actor.timeZone());
  }

  @POST
  @Path("{id}/cancellation")
  @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
  public SessionView cancel(@PathParam("id") long id, @Valid Cancellation cancellation) {
    Person actor = currentUser.get();
    return views.of(
        sessions.cancel(actor, id, cancellation == null ? null : cancellation.reason()),
        actor,
        actor.timeZone());
  }

  @GET
  @Path("{id}/registrations")
  @RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<RegistrationView> registrations(@PathParam("id") long id) {
    LiveSession session = sessions.get(id);
    List<SessionRegistration> all = registrations.of(session);
    SeatPlan plan = new SeatPlan(session.capacity(), all);
    return all.stream().map(r -> RegistrationView.of(r, plan.positionOf(r))).toList();
  }

  /** Registers the caller: a seat while there is one, else a place on the waiting list. */
  @POST
  @Path("{id}/registrations")
  public Response register(@PathParam("id") long id) {
    Person actor = currentUser.get();
    SessionRegistration registration = registrations.register(actor, id);
    return Response.status(Response.Status.CREATED)
        .entity(
            RegistrationView.of(
                registration, registrations.positionOf(registration.session(), registration)))
        .build();
  }

  @DELETE
  @Path("{id}/registrations/me")
  public RegistrationView unregister(@PathParam("id") long id) {
    return RegistrationView.of(registrations.cancel(currentUser.get(), id), 0);
  }

  static ZoneId zone(String tz, Person viewer) {
    return tz == null || tz.isBlank() ? viewer.timeZone() : SessionTimes.zone(tz);
  }

  private static Instant instant(String field, String text, Instant fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return DateRange.require(
          field,
          text.length() == 10
              ? DateRange.require(field, LocalDate.parse(text))
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant()
              : Instant.parse(text));
    } catch (DateTimeException e) {
      throw DomainException.invalid(field, "error.date.format", text);
    }
  }
}
