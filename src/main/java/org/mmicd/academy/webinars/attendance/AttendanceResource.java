package org.mmicd.academy.webinars.attendance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.Locale;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.platform.ProblemExceptionMapper;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.RegistrationService;

/** The attendance of a live session: the sheet, the roll call, report imports and matching. */
@Path("sessions/{id}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject AttendanceService attendance;
  @Inject CohortService cohorts;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  public record RollCallRequest(
      @Pattern(regexp = "(?i)present|absent", message = "must be present, absent or null")
          String rollCall) {}

  public record MatchRequest(
      @NotBlank(message = "the participant key from the unmatched list is required")
          String participant,
      @NotBlank(message = "the e-mail of the account to match is required") String email) {}

  @GET
  @RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public AttendanceSheet attendance(@PathParam("id") long id, @QueryParam("cohort") Long cohort) {
    LiveSession session = sessions.get(id);
    AttendanceSheet sheet =
        AttendanceSheet.of(
            session,
            registrations.of(session),
            attendance.attendanceOf(session),
            attendance.unmatched(session),
            attendance.importsOf(session),
            locale());
    return cohort == null ? sheet : sheet.onlyFor(cohorts.learnerIds(cohorts.getCohort(cohort)));
  }

  @PUT
  @Path("{personId}")
  @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
  public AttendanceSheet.Line rollCall(
      @PathParam("id") long id,
      @PathParam("personId") long personId,
      @NotNull(message = "a JSON body with rollCall (present, absent or null) is required") @Valid
          RollCallRequest request) {
    RollCall call =
        request.rollCall() == null ? null : RollCall.valueOf(request.rollCall().toUpperCase());
    return AttendanceSheet.Line.of(
        attendance.rollCall(currentUser.get(), id, personId, call), null);
  }

  /** Imports a meeting tool's attendance report (CSV) sent as the request body. */
  @POST
  @Path("imports")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
  public Response importReport(
      @PathParam("id") long id,
      @QueryParam("fileName") String fileName,
      @QueryParam("timeZone") String timeZone,
      byte[] content) {
    AttendanceService.ImportResult result =
        attendance.importReport(currentUser.get(), id, fileName, content, timeZone);
    return Response.status(result.alreadyImported() ? Response.Status.OK : Response.Status.CREATED)
        .entity(AttendanceSheet.ImportView.of(result, locale()))
        .build();
  }

  @POST
  @Path("matches")
  @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
  public AttendanceSheet.Line match(
      @PathParam("id") long id,
      @NotNull(message = "a JSON body with participant and email is required") @Valid
          MatchRequest request) {
    return AttendanceSheet.Line.of(
        attendance.match(currentUser.get(), id, request.participant(), request.email()), null);
  }

  /** The caller's language, for what an import says about the file it read. */
  private Locale locale() {
    return ProblemExceptionMapper.locale(headers, request);
  }
}
