package org.mmicd.academy.webinars.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.RegistrationService;
import org.mmicd.academy.webinars.RegistrationStatus;

/** One live session as an iCalendar file, for people who may see it. */
@Path("sessions/{id}/calendar.ics")
@RequestScoped
public class SessionCalendarResource {

  public static final String CALENDAR = "text/calendar; charset=UTF-8";

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject CalendarFeeds calendars;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(CALENDAR)
  public Response calendar(@PathParam("id") long id) {
    Person viewer = currentUser.get();
    LiveSession session = sessions.getVisible(viewer, id);
    boolean seated =
        viewer.isStaff()
            || registrations
                .find(id, viewer.id())
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .isPresent();
    return Response.ok(calendars.single(session, viewer, seated), CALENDAR)
        .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"")
        .build();
  }
}
